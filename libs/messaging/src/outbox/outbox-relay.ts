import { Pool, PoolClient, QueryResult } from 'pg';
import { Producer } from 'kafkajs';
import { withSendSpans } from '@accord/telemetry';
import { MessagingLogger } from '../messaging-logger';
import { outboxMetrics } from './outbox-metrics';
import { inAppendOrder, inSendableParts, OutboxRow, sentMessage, toTopicMessages } from './outbox-batch';
import { outboxChannel } from './outbox-channel';

export interface OutboxRelayOptions {
  batchSize: number;
  /** Safety net for a missed notification; the relay is woken by NOTIFY, not by this timer. */
  fallbackIntervalMs: number;
  publishedRetentionMs: number;
  /** How long a woken relay lets more commits gather, so they share one claim and one send. */
  lingerMs: number;
  /** Largest produce request, well under the broker's message.max.bytes (1 MiB by default). */
  maxSendBytes: number;
}

export const defaultOutboxRelayOptions: OutboxRelayOptions = {
  batchSize: 500,
  fallbackIntervalMs: 5_000,
  publishedRetentionMs: 24 * 60 * 60 * 1000,
  lingerMs: 5,
  maxSendBytes: 512 * 1024,
};

/** Only one relay per database drains at a time, which keeps per-key order across instances. */
const relayLockKey = 7_304_112_501;

/**
 * Opens the transaction, takes the relay lock and marks the oldest unpublished rows published, in one
 * round trip (two statements of the simple protocol, so the limit is written into the text); the
 * transaction stays open while they are sent, so a failed send rolls the marks back. Without the lock
 * (another relay is draining) it claims nothing.
 */
const beginAndClaim = (batchSize: number) => `BEGIN;
  WITH relay_lock AS MATERIALIZED (SELECT pg_try_advisory_xact_lock(${relayLockKey}) AS acquired),
       next AS (
         SELECT id FROM outbox, relay_lock
         WHERE relay_lock.acquired AND published_at IS NULL ORDER BY id LIMIT ${Math.trunc(batchSize)}
       )
  UPDATE outbox SET published_at = now() FROM next WHERE outbox.id = next.id
  RETURNING outbox.id::text, event_id::text AS "eventId", payload->>'type' AS "eventType", topic, key,
            payload::text AS payload, headers`;

export class OutboxRelay {
  private listener?: PoolClient;
  private timer?: NodeJS.Timeout;
  private draining?: Promise<void>;
  private drainRequested = false;
  private stopped = true;

  constructor(
    private readonly pool: Pool,
    private readonly producer: Producer,
    private readonly logger: MessagingLogger,
    private readonly options: OutboxRelayOptions = defaultOutboxRelayOptions,
  ) {}

  async start(): Promise<void> {
    this.stopped = false;
    await this.listen();
    this.timer = setInterval(() => {
      this.wake();
      void this.keepHouse();
    }, this.options.fallbackIntervalMs);
    this.wake();
  }

  /** Publishes everything committed so far, then stops listening. */
  async stop(): Promise<void> {
    this.stopped = true;
    clearInterval(this.timer);
    await this.draining;
    await this.drainAll().catch((error: Error) =>
      this.logger.warn({ err: error.message }, 'outbox not fully flushed; the rest is published on the next start'),
    );
    const listener = this.listener;
    this.listener = undefined;
    if (listener) {
      await listener.query(`UNLISTEN ${outboxChannel}`).catch(() => undefined);
      listener.release();
    }
  }

  /** Resolves once every row committed before the call has been published. */
  async flush(): Promise<void> {
    await this.draining;
    await this.drainAll();
  }

  private wake(): void {
    this.drainRequested = true;
    if (this.draining) return;
    this.draining = this.linger()
      .then(() => this.drainAll())
      .catch((error: Error) => this.logger.warn({ err: error.message }, 'outbox drain failed; will retry'))
      .finally(() => {
        this.draining = undefined;
        if (this.drainRequested && !this.stopped) setImmediate(() => this.wake());
      });
  }

  /** Under load a notification arrives per commit; waiting a moment turns many of them into one batch. */
  private linger(): Promise<void> {
    const { lingerMs } = this.options;
    return lingerMs > 0 ? new Promise((resolve) => setTimeout(resolve, lingerMs)) : Promise.resolve();
  }

  private async drainAll(): Promise<void> {
    do {
      this.drainRequested = false;
      while ((await this.publishBatch()) === this.options.batchSize) {
        /* a full batch means more may be waiting */
      }
    } while (this.drainRequested);
  }

  private async publishBatch(): Promise<number> {
    const client = await this.pool.connect();
    // The connection sits idle while the batch is sent; a database that ends it then emits 'error' on
    // the client, which without a listener would take the process down instead of failing this batch.
    let lost: Error | undefined;
    const onLost = (error: Error) => {
      lost = error;
    };
    client.on('error', onLost);
    try {
      const [, { rows }] = (await client.query(beginAndClaim(this.options.batchSize))) as unknown as [QueryResult, QueryResult<OutboxRow>];
      if (rows.length > 0) {
        // Parts go one after the other, so a key's events still leave in order.
        for (const part of inSendableParts(inAppendOrder(rows), this.options.maxSendBytes)) {
          await withSendSpans(part.map(sentMessage), () => this.producer.sendBatch({ topicMessages: toTopicMessages(part), acks: -1 }));
        }
        outboxMetrics.published.inc(rows.length);
      }
      await client.query('COMMIT');
      return rows.length;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.removeListener('error', onLost);
      client.release(lost);
    }
  }

  /** Off the publishing path: published rows past retention go, and the backlog gauges are refreshed. */
  private async keepHouse(): Promise<void> {
    try {
      await this.pool.query(
        // By age (its BRIN index): a row is published within moments of its creation, and never deleted before.
        "DELETE FROM outbox WHERE created_at < now() - ($1::bigint * interval '1 millisecond') AND published_at IS NOT NULL",
        [this.options.publishedRetentionMs],
      );
      const { rows } = await this.pool.query(
        'SELECT count(*)::int AS backlog, COALESCE(EXTRACT(EPOCH FROM now() - min(created_at)), 0)::float AS age FROM outbox WHERE published_at IS NULL',
      );
      outboxMetrics.backlog.set(rows[0].backlog);
      outboxMetrics.oldestAgeSeconds.set(rows[0].age);
    } catch (error) {
      this.logger.debug({ err: (error as Error).message }, 'outbox housekeeping skipped');
    }
  }

  private relisten(): void {
    if (this.stopped) return;
    setTimeout(() => {
      this.listen().catch(() => this.relisten());
      this.wake();
    }, 1_000);
  }

  private async listen(): Promise<void> {
    const listener = await this.pool.connect();
    this.listener = listener;
    listener.on('notification', () => this.wake());
    listener.on('error', (error) => {
      // Only the current listener is released here, once; after stop() it is stop()'s to release.
      if (this.stopped || this.listener !== listener) return;
      this.logger.warn({ err: error.message }, 'outbox listener lost its connection; reconnecting');
      this.listener = undefined;
      listener.release(error);
      this.relisten();
    });
    await listener.query(`LISTEN ${outboxChannel}`);
  }
}
