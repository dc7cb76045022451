import { randomUUID } from 'node:crypto';
import { Admin, Kafka, Producer } from 'kafkajs';
import { deadLetterSuffix } from '@accord/contracts';
import { createKafkaConnection } from '../kafka/kafka-connection';
import { createReliableProducer } from '../kafka/producer-factory';
import { MessagingLogger } from '../messaging-logger';
import { deadLetterCauseOf, DeadLetterRecord, eventSummaryOf, headersToStrings, withoutDeadLetterHeaders } from './dead-letter-record';

export interface DeadLetterAdminOptions {
  brokers: string[];
  /** Only topics under this prefix are seen; the environment prefix the services run with. */
  topicPrefix?: string;
  clientId?: string;
  logger: MessagingLogger;
  /** How long reading a topic to its end may take before giving up. */
  readTimeoutMs?: number;
}

export interface DeadLetterTopic {
  topic: string;
  messages: number;
}

export interface ReplayedDeadLetter {
  partition: number;
  offset: string;
  eventId: string | null;
  topic: string;
}

interface PartitionRange {
  partition: number;
  low: bigint;
  high: bigint;
}

/** What an operator does with dead letters: count them, read them and put them back on their topic. */
export class DeadLetterAdmin {
  private readonly kafka: Kafka;
  private readonly admin: Admin;
  private producer?: Producer;
  private connected = false;

  constructor(private readonly options: DeadLetterAdminOptions) {
    this.kafka = createKafkaConnection({ brokers: options.brokers, clientId: options.clientId ?? 'accord-cli', logger: options.logger });
    this.admin = this.kafka.admin();
  }

  async listTopics(): Promise<DeadLetterTopic[]> {
    await this.connect();
    const prefix = this.options.topicPrefix ?? '';
    const topics = (await this.admin.listTopics())
      .filter((topic) => topic.startsWith(prefix) && topic.endsWith(deadLetterSuffix))
      .sort();
    const counted: DeadLetterTopic[] = [];
    for (const topic of topics) {
      const ranges = await this.rangesOf(topic);
      counted.push({ topic, messages: Number(ranges.reduce((sum, range) => sum + (range.high - range.low), 0n)) });
    }
    return counted;
  }

  /** Every message on the topic, by partition and offset. */
  async read(topic: string): Promise<DeadLetterRecord[]> {
    await this.connect();
    if (!topic.endsWith(deadLetterSuffix)) throw new Error(`${topic} is not a dead-letter topic (it does not end in ${deadLetterSuffix})`);
    const existing = await this.admin.listTopics();
    if (!existing.includes(topic)) throw new Error(`Topic ${topic} does not exist`);
    const pending = new Map((await this.rangesOf(topic)).filter((range) => range.high > range.low).map((range) => [range.partition, range]));
    if (pending.size === 0) return [];
    const records: DeadLetterRecord[] = [];
    const groupId = `accord-cli-${randomUUID()}`;
    const consumer = this.kafka.consumer({ groupId, allowAutoTopicCreation: false });
    await consumer.connect();
    try {
      await consumer.subscribe({ topic, fromBeginning: true });
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`Reading ${topic} did not reach its end within ${this.readTimeoutMs()} ms`)),
          this.readTimeoutMs(),
        );
        consumer
          .run({
            autoCommit: false,
            eachMessage: async ({ partition, message }) => {
              const range = pending.get(partition);
              if (!range || BigInt(message.offset) >= range.high) return;
              const headers = headersToStrings(message.headers);
              records.push({
                topic,
                partition,
                offset: message.offset,
                timestamp: new Date(Number(message.timestamp)).toISOString(),
                key: message.key,
                value: message.value,
                headers,
                cause: deadLetterCauseOf(headers),
                event: eventSummaryOf(message.value),
              });
              if (BigInt(message.offset) >= range.high - 1n) pending.delete(partition);
              if (pending.size === 0) {
                clearTimeout(timer);
                resolve();
              }
            },
          })
          .catch((error: unknown) => {
            clearTimeout(timer);
            reject(error);
          });
      });
    } finally {
      await consumer.disconnect();
      await this.admin.deleteGroups([groupId]).catch(() => undefined);
    }
    return records.sort((left, right) => left.partition - right.partition || Number(BigInt(left.offset) - BigInt(right.offset)));
  }

  /**
   * Puts each message back on its original topic with its original key, value and headers.
   * Consumers claim event ids in their inbox, so a group that already applied an event ignores the replay.
   */
  async replay(records: DeadLetterRecord[]): Promise<ReplayedDeadLetter[]> {
    await this.connect();
    const missing = records.find((record) => !record.cause.originalTopic);
    if (missing) throw new Error(`Message at partition ${missing.partition} offset ${missing.offset} has no x-dlq-original-topic header`);
    this.producer ??= createReliableProducer(this.kafka);
    await this.producer.connect();
    const replayed: ReplayedDeadLetter[] = [];
    for (const record of records) {
      const topic = record.cause.originalTopic as string;
      await this.producer.send({
        topic,
        acks: -1,
        messages: [{ key: record.key, value: record.value, headers: withoutDeadLetterHeaders(record.headers) }],
      });
      replayed.push({ partition: record.partition, offset: record.offset, eventId: record.event.id, topic });
    }
    return replayed;
  }

  async close(): Promise<void> {
    await this.producer?.disconnect();
    if (this.connected) await this.admin.disconnect();
    this.connected = false;
  }

  private async connect(): Promise<void> {
    if (this.connected) return;
    await this.admin.connect();
    this.connected = true;
  }

  private readTimeoutMs(): number {
    return this.options.readTimeoutMs ?? 30_000;
  }

  private async rangesOf(topic: string): Promise<PartitionRange[]> {
    const offsets = await this.admin.fetchTopicOffsets(topic);
    return offsets.map((offset) => ({ partition: offset.partition, low: BigInt(offset.low), high: BigInt(offset.high) }));
  }
}
