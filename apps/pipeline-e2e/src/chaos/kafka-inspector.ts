import { Admin, Kafka, logLevel } from 'kafkajs';

export interface TopicRecord {
  partition: number;
  offset: number;
  key: string | null;
  value: string | null;
  headers: Record<string, string>;
}

export interface GroupLag {
  group: string;
  topic: string;
  lag: number;
}

/** Reads what the broker holds under one topic prefix: topics, records with their offsets, consumer group lag. */
export class KafkaInspector {
  private readonly kafka: Kafka;
  private readonly admin: Admin;

  constructor(
    brokers: string[],
    private readonly prefix: string,
  ) {
    this.kafka = new Kafka({ clientId: 'chaos-inspector', brokers, logLevel: logLevel.NOTHING });
    this.admin = this.kafka.admin();
  }

  connect(): Promise<void> {
    return this.admin.connect();
  }

  disconnect(): Promise<void> {
    return this.admin.disconnect();
  }

  async topics(): Promise<string[]> {
    return (await this.admin.listTopics()).filter((topic) => topic.startsWith(this.prefix)).sort();
  }

  /** Lag of every consumer group of the prefix on every topic it committed offsets for. */
  async lag(): Promise<GroupLag[]> {
    const groups = (await this.admin.listGroups()).groups.map((group) => group.groupId).filter((group) => group.startsWith(this.prefix));
    const topics = await this.topics();
    const ends = new Map(await Promise.all(topics.map(async (topic) => [topic, await this.admin.fetchTopicOffsets(topic)] as const)));
    const lags: GroupLag[] = [];
    for (const group of groups) {
      for (const { topic, partitions } of await this.admin.fetchOffsets({ groupId: group })) {
        const end = ends.get(topic) ?? [];
        const lag = partitions.reduce((sum, { partition, offset }) => {
          const high = Number(end.find((candidate) => candidate.partition === partition)?.high ?? 0);
          const low = Number(end.find((candidate) => candidate.partition === partition)?.low ?? 0);
          const committed = Number(offset);
          return sum + (committed < 0 ? high - low : high - committed);
        }, 0);
        lags.push({ group, topic, lag });
      }
    }
    return lags;
  }

  /** Every record of a topic from the beginning, per partition in offset order. */
  async readAll(topic: string): Promise<TopicRecord[]> {
    const offsets = await this.admin.fetchTopicOffsets(topic);
    const remaining = new Map(offsets.filter((partition) => Number(partition.high) > Number(partition.low)).map((partition) => [partition.partition, Number(partition.high)]));
    const records: TopicRecord[] = [];
    if (remaining.size === 0) return records;
    const groupId = `chaos-reader-${topic}-${Date.now()}`;
    const consumer = this.kafka.consumer({ groupId, allowAutoTopicCreation: false });
    await consumer.connect();
    try {
      await consumer.subscribe({ topic, fromBeginning: true });
      await new Promise<void>((resolve, reject) => {
        consumer
          .run({
            eachBatchAutoResolve: true,
            eachBatch: async ({ batch }) => {
              for (const message of batch.messages) {
                records.push({
                  partition: batch.partition,
                  offset: Number(message.offset),
                  key: message.key?.toString() ?? null,
                  value: message.value?.toString() ?? null,
                  headers: Object.fromEntries(Object.entries(message.headers ?? {}).map(([name, value]) => [name, String(value)])),
                });
                const high = remaining.get(batch.partition);
                if (high !== undefined && Number(message.offset) + 1 >= high) remaining.delete(batch.partition);
              }
              if (remaining.size === 0) resolve();
            },
          })
          .catch(reject);
      });
    } finally {
      await consumer.disconnect();
      await this.admin.deleteGroups([groupId]).catch(() => undefined);
    }
    return records.sort((left, right) => left.partition - right.partition || left.offset - right.offset);
  }
}
