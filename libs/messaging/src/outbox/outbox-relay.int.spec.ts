import { Producer } from 'kafkajs';
import { Pool } from 'pg';
import { createTestDatabase, eventually, TestDatabase } from '@accord/testing';
import { createOutageTolerantPool } from '../database/outage-tolerant-pool';
import { silentLogger } from '../test-support/silent-logger';
import { capturedEvent } from '../test-support/captured-event';
import { messagingTablesSql, PgTransactionalDatabase } from '../test-support/pg-transactional-database';
import { Outbox } from './outbox';
import { defaultOutboxRelayOptions, OutboxRelay } from './outbox-relay';

describe('the outbox relay', () => {
  let database: TestDatabase;
  let pool: Pool;

  beforeAll(async () => {
    database = await createTestDatabase('outbox_relay');
    pool = createOutageTolerantPool({ connectionString: database.url, max: 2, application_name: 'relay-under-test' }, () => undefined);
    await pool.query(messagingTablesSql);
  });

  afterAll(async () => {
    await pool.end();
    await database.drop();
  });

  it('sends the events of commits made while it lingers in one batch', async () => {
    const sends: string[][] = [];
    const producer = {
      sendBatch: async ({ topicMessages }: { topicMessages: { messages: { value: string }[] }[] }) => {
        sends.push(topicMessages.flatMap((topic) => topic.messages.map((message) => JSON.parse(message.value).id)));
      },
    } as unknown as Producer;
    const relay = new OutboxRelay(pool, producer, silentLogger, { ...defaultOutboxRelayOptions, batchSize: 100, fallbackIntervalMs: 60_000, publishedRetentionMs: 60_000, lingerMs: 2_000 });
    await relay.start();
    try {
      const outbox = new Outbox('capture', 'relay-test.');
      const appended: string[] = [];
      // Ten separate commits, each waking the relay with its own notification.
      for (let index = 0; index < 10; index++) {
        const event = await new PgTransactionalDatabase(pool).$transaction((transaction) =>
          outbox.append(transaction, 'capture.lead.captured.v1', capturedEvent().payload),
        );
        appended.push(event.id);
      }
      await eventually(() => expect(sends.flat()).toEqual(appended), { timeoutMs: 10_000 });
      expect(sends).toHaveLength(1);
    } finally {
      await relay.stop();
    }
  });

  it('fails the batch being sent, stays up and publishes the row again', async () => {
    const admin = database.pool(1);
    const sends: string[][] = [];
    const producer = {
      sendBatch: async ({ topicMessages }: { topicMessages: { messages: { value: string }[] }[] }) => {
        sends.push(topicMessages.flatMap((topic) => topic.messages.map((message) => JSON.parse(message.value).id)));
        // The first send loses its connection while it is out, as in a database restart.
        if (sends.length === 1) {
          await admin.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'relay-under-test' AND state = 'idle in transaction'");
        }
      },
    } as unknown as Producer;
    const relay = new OutboxRelay(pool, producer, silentLogger, { ...defaultOutboxRelayOptions, batchSize: 10, fallbackIntervalMs: 200, publishedRetentionMs: 60_000, lingerMs: 0 });
    const event = await new PgTransactionalDatabase(pool).$transaction((transaction) =>
      new Outbox('capture', 'relay-test.').append(transaction, 'capture.lead.captured.v1', capturedEvent().payload),
    );
    await relay.start();
    try {
      await eventually(async () => {
        const [row] = (await admin.query<{ published: boolean }>('SELECT published_at IS NOT NULL AS published FROM outbox WHERE event_id = $1', [event.id])).rows;
        expect(row?.published).toBe(true);
      });
      expect(sends.slice(0, 2)).toEqual([[event.id], [event.id]]);
    } finally {
      await relay.stop();
    }
  });

  it('deletes published rows once they are older than the retention, and keeps younger ones', async () => {
    const admin = database.pool(1);
    const producer = { sendBatch: async () => undefined } as unknown as Producer;
    const relay = new OutboxRelay(pool, producer, silentLogger, { ...defaultOutboxRelayOptions, batchSize: 10, fallbackIntervalMs: 100, publishedRetentionMs: 60_000, lingerMs: 0 });
    const outbox = new Outbox('capture', 'relay-test.');
    const [old, young] = await Promise.all(
      [0, 1].map(() => new PgTransactionalDatabase(pool).$transaction((transaction) => outbox.append(transaction, 'capture.lead.captured.v1', capturedEvent().payload))),
    );
    await admin.query("UPDATE outbox SET created_at = now() - interval '2 minutes' WHERE event_id = $1", [old.id]);
    await relay.start();
    try {
      const remaining = async () => (await admin.query<{ event_id: string }>('SELECT event_id::text FROM outbox WHERE event_id = ANY($1::uuid[])', [[old.id, young.id]])).rows.map((row) => row.event_id);
      await eventually(async () => expect(await remaining()).toEqual([young.id]));
      const [row] = (await admin.query<{ published: boolean }>('SELECT published_at IS NOT NULL AS published FROM outbox WHERE event_id = $1', [young.id])).rows;
      expect(row.published).toBe(true);
    } finally {
      await relay.stop();
    }
  });
});
