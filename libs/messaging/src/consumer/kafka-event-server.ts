import { CustomTransportStrategy, MessageHandler, Server } from '@nestjs/microservices';
import { Consumer, EachBatchPayload, Kafka, KafkaMessage, Producer } from 'kafkajs';
import { lastValueFrom } from 'rxjs';
import { AccordEvent } from '@accord/contracts';
import { annotateSpan, withConsumerSpan } from '@accord/telemetry';
import { runInTransaction } from '../transaction-hooks';
import { provisionTopics, TopicLayout } from '../kafka/topic-provisioner';
import { claimInboxEntries, claimInboxEntry } from '../inbox/inbox';
import { MessagingLogger } from '../messaging-logger';
import { SqlExecutor, TransactionalDatabase } from '../sql-executor';
import { consumerMetrics, initialiseConsumerMetrics, recordConsumerLag } from './consumer-metrics';
import { toDeadLetter } from './dead-letter';
import { decodeMessage } from './decode-message';
import { CoalescedOffsetCommits } from './coalesced-offset-commits';
import { GroupedRuns } from './grouped-runs';
import { EventContext } from './event-context';
import { classifyFailure, UnprocessableEventError } from './failure-classification';
import { BackoffPolicy, defaultBackoffPolicy, retryDelayMs } from './retry-backoff';

/** When the broker answers a fetch: once it holds `minBytes` for us, or after `maxWaitMs`. */
export interface FetchSettings {
  minBytes: number;
  maxWaitMs: number;
}

export interface KafkaEventServerOptions {
  kafka: Kafka;
  producer: Producer;
  database: TransactionalDatabase;
  consumerGroup: string;
  logger: MessagingLogger;
  topicLayout: TopicLayout;
  topicPrefix?: string;
  /** Partitions whose fetched chunks may join one transaction. */
  partitionsConsumedConcurrently?: number;
  sessionTimeoutMs?: number;
  /** Messages of one partition in a chunk; 1 turns batching off. */
  maxBatchSize?: number;
  fetch?: FetchSettings;
  backoff?: BackoffPolicy;
  transactionTimeoutMs?: number;
  /** How long applied offsets wait to be committed together; redelivered events are recognised by the inbox. */
  offsetCommitIntervalMs?: number;
}

type Outcome = 'processed' | 'duplicate' | 'dead-lettered';

/** Consecutive messages of one partition. */
interface PartitionChunk {
  topic: string;
  partition: number;
  messages: KafkaMessage[];
}

interface Delivery {
  topic: string;
  partition: number;
  message: KafkaMessage;
  heartbeat: () => Promise<void>;
}

const heartbeatEveryMs = 3_000;

/**
 * Runs the service's @HandlesEvent handlers: inbox-guarded transactions, offsets committed only
 * after them, in-place retries that keep partition order, dead letters for the rest.
 */
export class KafkaEventServer extends Server implements CustomTransportStrategy {
  private consumer?: Consumer;
  private stopping = false;
  private readonly backoff: BackoffPolicy;
  /** Nest's lookup parses each pattern as JSON first (an exception for every event type): once per type is enough. */
  private readonly handlersByType = new Map<string, MessageHandler | null>();
  private readonly chunkTransactions = new GroupedRuns<PartitionChunk, boolean>((chunks) => this.applyChunks(chunks));
  private readonly offsetCommits: CoalescedOffsetCommits;

  constructor(private readonly options: KafkaEventServerOptions) {
    super();
    this.backoff = options.backoff ?? defaultBackoffPolicy;
    this.offsetCommits = new CoalescedOffsetCommits(options.offsetCommitIntervalMs ?? 1_000, (error) =>
      options.logger.warn({ err: errorText(error) }, 'offset commit failed; the events applied since the last one will come again and be skipped'),
    );
  }

  async listen(callback: (error?: unknown) => void): Promise<void> {
    try {
      await this.startConsuming();
      callback();
    } catch (error) {
      callback(error);
    }
  }

  async close(): Promise<void> {
    this.stopping = true;
    // While this instance is still a member of the group: once it has left, the broker refuses its commits.
    await this.offsetCommits.flush();
    await this.consumer?.disconnect();
    this.consumer = undefined;
  }

  on(): void {
    /* kafkajs events are observed through the logger and metrics */
  }

  unwrap<T>(): T {
    return this.consumer as T;
  }

  subscribedTopics(): string[] {
    return [...this.messageHandlers.keys()].map((type) => `${this.topicPrefix}${type}`);
  }

  private get transactionOptions() {
    return { timeout: this.options.transactionTimeoutMs ?? 30_000, maxWait: 10_000 };
  }

  private get topicPrefix(): string {
    return this.options.topicPrefix ?? '';
  }

  private async startConsuming(): Promise<void> {
    const topics = this.subscribedTopics();
    if (topics.length === 0) return;
    await provisionTopics(this.options.kafka, topics, this.options.topicLayout);
    initialiseConsumerMetrics(topics);
    const consumer = this.options.kafka.consumer({
      groupId: this.options.consumerGroup,
      sessionTimeout: this.options.sessionTimeoutMs ?? 15_000,
      heartbeatInterval: heartbeatEveryMs,
      minBytes: this.options.fetch?.minBytes ?? 1,
      maxWaitTimeInMs: this.options.fetch?.maxWaitMs ?? 100,
      allowAutoTopicCreation: false,
    });
    this.consumer = consumer;
    // Before the partitions move, so what this instance applied is not handed out again.
    consumer.on(consumer.events.REBALANCING, () => void this.offsetCommits.flush());
    await consumer.connect();
    await consumer.subscribe({ topics, fromBeginning: true });
    await consumer.run({
      // Committed after each chunk's transaction, together with the others applied within the interval.
      autoCommit: false,
      eachBatchAutoResolve: false,
      partitionsConsumedConcurrently: this.options.partitionsConsumedConcurrently ?? 16,
      eachBatch: (payload) => this.deliverBatch(payload),
    });
    this.logger.log(`consuming ${topics.join(', ')} as group ${this.options.consumerGroup}`);
  }

  /**
   * Applies a partition's messages in chunks, each in one transaction with the chunks other partitions
   * submit meanwhile, its offset then due for commit. A chunk whose transaction fails is tried alone,
   * then replayed message by message, so one poison message is isolated, retried or dead-lettered
   * without holding back the ones around it.
   */
  private async deliverBatch(payload: EachBatchPayload): Promise<void> {
    const { batch, resolveOffset, heartbeat, commitOffsetsIfNecessary, isRunning, isStale } = payload;
    const { topic, partition } = batch;
    try {
      for (const messages of chunksOf(batch.messages, this.options.maxBatchSize ?? 100)) {
        if (!isRunning() || isStale()) return;
        if (!(await this.applyChunk({ topic, partition, messages }))) {
          for (const message of messages) {
            if (!isRunning() || isStale()) return;
            await this.deliver({ topic, partition, message, heartbeat });
            resolveOffset(message.offset);
          }
        }
        const last = messages[messages.length - 1].offset;
        resolveOffset(last);
        recordConsumerLag(topic, partition, batch.highWatermark, last);
        this.offsetCommits.add({ topic, partition, offset: last }, commitOffsetsIfNecessary);
        await heartbeat();
      }
    } finally {
      // Shutting down, kafkajs waits for this batch before it leaves the group: the last moment to commit.
      if (this.stopping) await this.offsetCommits.flush();
    }
  }

  /** True when the chunk was applied in one transaction, with others or alone; false leaves it untouched. */
  private async applyChunk(chunk: PartitionChunk): Promise<boolean> {
    const { result: applied, groupSize } = await this.chunkTransactions.submit(chunk);
    return applied || (groupSize > 1 && (await this.applyChunks([chunk])));
  }

  /** True when the chunks' messages were applied in one transaction; false leaves them untouched. */
  private async applyChunks(chunks: PartitionChunk[]): Promise<boolean> {
    // By topic, so each kind of event is one run a handler can read ahead in; a partition's own order stays.
    const byTopic = [...chunks].sort((left, right) => left.topic.localeCompare(right.topic));
    const deliveries = byTopic.flatMap(({ topic, partition, messages }) => messages.map((message) => ({ topic, partition, message })));
    if (deliveries.length < 2) return false;
    const started = performance.now();
    try {
      const outcomes = await runInTransaction(
        this.options.database,
        async (transaction: SqlExecutor) => {
          const events = deliveries.map(({ topic, message }) => decodeMessage(this.eventTypeOf(topic), message));
          const entries = deliveries.map(({ topic }, index) => ({ eventId: events[index].id, topic }));
          const unclaimed = await claimInboxEntries(transaction, entries, this.options.consumerGroup);
          const applied: Outcome[] = [];
          for (const [index, delivery] of deliveries.entries()) {
            // The first delivery of an id in the transaction takes the claim; a repeat is a duplicate.
            const claimed = unclaimed.delete(events[index].id.toLowerCase());
            applied.push(await this.apply(transaction, { ...delivery, attempt: 1 }, async () => ({ event: events[index], claimed, chunk: events })));
          }
          return applied;
        },
        this.transactionOptions,
      );
      // Each message is observed once, at its share of the transaction's time.
      const seconds = (performance.now() - started) / 1000 / deliveries.length;
      outcomes.forEach((outcome, index) => {
        const { topic } = deliveries[index];
        consumerMetrics.handlerSeconds.observe({ topic }, seconds);
        consumerMetrics.processed.inc({ topic, outcome });
      });
      return true;
    } catch {
      return false;
    }
  }

  private async deliver(payload: Delivery): Promise<void> {
    const { topic } = payload;
    const stopTimer = consumerMetrics.handlerSeconds.startTimer({ topic });
    for (let attempt = 1; ; attempt++) {
      let failure: unknown;
      try {
        const outcome = await this.processOnce(payload, attempt);
        return this.record(topic, outcome, stopTimer);
      } catch (error) {
        failure = error;
      }
      const kind = classifyFailure(failure);
      if (kind === 'permanent' || (kind === 'unknown' && attempt >= this.backoff.maxUnknownAttempts)) {
        try {
          await this.deadLetter(payload, failure, attempt);
          return this.record(topic, 'dead-lettered', stopTimer);
        } catch (error) {
          failure = error;
        }
      }
      if (this.stopping) throw failure;
      consumerMetrics.retries.inc({ topic });
      this.options.logger.warn(
        { topic, partition: payload.partition, offset: payload.message.offset, attempt, err: errorText(failure) },
        'event handling failed; retrying in place',
      );
      await this.waitBeforeRetry(attempt, payload.heartbeat);
    }
  }

  private processOnce({ topic, partition, message }: Delivery, attempt: number): Promise<Outcome> {
    return runInTransaction(
      this.options.database,
      (transaction: SqlExecutor) =>
        this.apply(transaction, { topic, partition, message, attempt }, async () => {
          const event = decodeMessage(this.eventTypeOf(topic), message);
          return { event, claimed: await claimInboxEntry(transaction, event.id, this.options.consumerGroup, topic), chunk: [event] };
        }),
      this.transactionOptions,
    );
  }

  /**
   * One message inside the caller's transaction: decoded and claimed in the inbox by `claim`, then handled.
   * `chunk` is every event the transaction applies, so a handler can read ahead for the ones to come.
   */
  private apply(
    transaction: SqlExecutor,
    { topic, partition, message, attempt }: { topic: string; partition: number; message: KafkaMessage; attempt: number },
    claim: () => Promise<{ event: AccordEvent; claimed: boolean; chunk: AccordEvent[] }>,
  ): Promise<Outcome> {
    const attributes = {
      topic,
      partition,
      offset: message.offset,
      consumerGroup: this.options.consumerGroup,
      eventType: this.eventTypeOf(topic),
      leadId: message.key?.toString('utf8'),
    };
    return withConsumerSpan(stringHeaders(message.headers), `${topic} process`, attributes, async (span) => {
      const { event, claimed, chunk } = await claim();
      if (claimed) {
        await this.invokeHandler(event, new EventContext([transaction, { topic, partition, offset: message.offset, attempt }, chunk]));
      }
      const outcome: Outcome = claimed ? 'processed' : 'duplicate';
      annotateSpan(span, { outcome });
      return outcome;
    });
  }

  private eventTypeOf(topic: string): string {
    return topic.slice(this.topicPrefix.length);
  }

  private async invokeHandler(event: AccordEvent, context: EventContext): Promise<void> {
    if (!this.handlersByType.has(event.type)) this.handlersByType.set(event.type, this.getHandlerByPattern(event.type));
    const handler = this.handlersByType.get(event.type);
    if (!handler) throw new UnprocessableEventError(`No handler for ${event.type}`);
    await lastValueFrom(this.transformToObservable(await handler(event, context)), { defaultValue: undefined });
  }

  private async deadLetter({ topic, partition, message }: Delivery, error: unknown, attempts: number) {
    const deadLetter = toDeadLetter({ topic, partition, message, consumerGroup: this.options.consumerGroup, error, attempts });
    await this.options.producer.send({ topic: deadLetter.topic, messages: [deadLetter.message], acks: -1 });
    consumerMetrics.deadLettered.inc({ topic });
    this.options.logger.error(
      { topic, partition, offset: message.offset, deadLetterTopic: deadLetter.topic, err: errorText(error) },
      'event sent to dead-letter topic',
    );
  }

  /** Waits in heartbeat-sized steps so a long backoff does not cost the group membership. */
  private async waitBeforeRetry(attempt: number, heartbeat: () => Promise<void>): Promise<void> {
    let remaining = retryDelayMs(attempt, this.backoff);
    while (remaining > 0 && !this.stopping) {
      const step = Math.min(remaining, heartbeatEveryMs);
      await new Promise((resolve) => setTimeout(resolve, step));
      remaining -= step;
      await heartbeat();
    }
  }

  private record(topic: string, outcome: Outcome, stopTimer: () => number): void {
    stopTimer();
    consumerMetrics.processed.inc({ topic, outcome });
  }
}

function chunksOf<Item>(items: Item[], size: number): Item[][] {
  const chunks: Item[][] = [];
  for (let start = 0; start < items.length; start += size) chunks.push(items.slice(start, start + size));
  return chunks;
}

function stringHeaders(headers: KafkaMessage['headers']): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (value !== undefined) result[name] = Array.isArray(value) ? String(value[0]) : String(value);
  }
  return result;
}

function errorText(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
