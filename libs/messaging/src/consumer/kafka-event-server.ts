import { CustomTransportStrategy, Server } from '@nestjs/microservices';
import { Consumer, EachMessagePayload, Kafka, Producer } from 'kafkajs';
import { lastValueFrom } from 'rxjs';
import { AccordEvent } from '@accord/contracts';
import { withConsumerSpan } from '@accord/telemetry';
import { provisionTopics, TopicLayout } from '../kafka/topic-provisioner';
import { claimInboxEntry } from '../inbox/inbox';
import { MessagingLogger } from '../messaging-logger';
import { SqlExecutor, TransactionalDatabase } from '../sql-executor';
import { consumerMetrics } from './consumer-metrics';
import { toDeadLetter } from './dead-letter';
import { decodeMessage } from './decode-message';
import { EventContext } from './event-context';
import { classifyFailure, UnprocessableEventError } from './failure-classification';
import { BackoffPolicy, defaultBackoffPolicy, retryDelayMs } from './retry-backoff';

export interface KafkaEventServerOptions {
  kafka: Kafka;
  producer: Producer;
  database: TransactionalDatabase;
  consumerGroup: string;
  logger: MessagingLogger;
  topicLayout: TopicLayout;
  topicPrefix?: string;
  partitionsConsumedConcurrently?: number;
  sessionTimeoutMs?: number;
  backoff?: BackoffPolicy;
  transactionTimeoutMs?: number;
}

type Outcome = 'processed' | 'duplicate' | 'dead-lettered';

const heartbeatEveryMs = 3_000;

/**
 * Runs the service's @HandlesEvent handlers: one inbox-guarded transaction per message, offsets
 * committed only after it, in-place retries that keep partition order, dead letters for the rest.
 */
export class KafkaEventServer extends Server implements CustomTransportStrategy {
  private consumer?: Consumer;
  private stopping = false;
  private readonly backoff: BackoffPolicy;

  constructor(private readonly options: KafkaEventServerOptions) {
    super();
    this.backoff = options.backoff ?? defaultBackoffPolicy;
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

  private get topicPrefix(): string {
    return this.options.topicPrefix ?? '';
  }

  private async startConsuming(): Promise<void> {
    const topics = this.subscribedTopics();
    if (topics.length === 0) return;
    await provisionTopics(this.options.kafka, topics, this.options.topicLayout);
    const consumer = this.options.kafka.consumer({
      groupId: this.options.consumerGroup,
      sessionTimeout: this.options.sessionTimeoutMs ?? 15_000,
      heartbeatInterval: heartbeatEveryMs,
      maxWaitTimeInMs: 100,
      allowAutoTopicCreation: false,
    });
    this.consumer = consumer;
    await consumer.connect();
    await consumer.subscribe({ topics, fromBeginning: true });
    await consumer.run({
      autoCommit: true,
      partitionsConsumedConcurrently: this.options.partitionsConsumedConcurrently ?? 3,
      eachMessage: (payload) => this.deliver(payload),
    });
    this.logger.log(`consuming ${topics.join(', ')} as group ${this.options.consumerGroup}`);
  }

  private async deliver(payload: EachMessagePayload): Promise<void> {
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

  private processOnce({ topic, partition, message }: EachMessagePayload, attempt: number): Promise<Outcome> {
    const headers = stringHeaders(message.headers);
    const attributes = {
      topic,
      partition,
      offset: message.offset,
      consumerGroup: this.options.consumerGroup,
      eventType: topic.slice(this.topicPrefix.length),
      leadId: message.key?.toString('utf8'),
    };
    return withConsumerSpan(headers, `${topic} process`, attributes, async () => {
      const event = decodeMessage(topic.slice(this.topicPrefix.length), message);
      const delivery = { topic, partition, offset: message.offset, attempt };
      return this.options.database.$transaction(
        async (transaction: SqlExecutor) => {
          const claimed = await claimInboxEntry(transaction, event.id, this.options.consumerGroup, topic);
          if (!claimed) return 'duplicate' as const;
          await this.invokeHandler(event, new EventContext([transaction, delivery]));
          return 'processed' as const;
        },
        { timeout: this.options.transactionTimeoutMs ?? 30_000, maxWait: 10_000 },
      );
    });
  }

  private async invokeHandler(event: AccordEvent, context: EventContext): Promise<void> {
    const handler = this.getHandlerByPattern(event.type);
    if (!handler) throw new UnprocessableEventError(`No handler for ${event.type}`);
    await lastValueFrom(this.transformToObservable(await handler(event, context)), { defaultValue: undefined });
  }

  private async deadLetter({ topic, partition, message }: EachMessagePayload, error: unknown, attempts: number) {
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

function stringHeaders(headers: EachMessagePayload['message']['headers']): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (value !== undefined) result[name] = Array.isArray(value) ? String(value[0]) : String(value);
  }
  return result;
}

function errorText(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
