import { MessageHandler } from '@nestjs/microservices';
import { Kafka, Producer } from 'kafkajs';
import { Pool } from 'pg';
import { uuidv7 } from 'uuidv7';
import { eventually, uniqueName } from '@accord/testing';
import { KafkaEventServer } from './consumer/kafka-event-server';
import { EventContext } from './consumer/event-context';
import { provisionTopics } from './kafka/topic-provisioner';
import { silentLogger } from './test-support/silent-logger';
import { Outbox } from './outbox/outbox';
import { defaultOutboxRelayOptions, OutboxRelay } from './outbox/outbox-relay';
import { capturedEvent } from './test-support/captured-event';
import { MessagingTestBed } from './test-support/messaging-test-bed';
import { PgTransactionalDatabase } from './test-support/pg-transactional-database';
import { SqlExecutor } from './sql-executor';
import { runInTransaction } from './transaction-hooks';

const type = 'capture.lead.captured.v1';

describe('messaging over real Kafka and PostgreSQL', () => {
  let bed: MessagingTestBed;
  let kafka: Kafka;
  let producer: Producer;
  let pool: Pool;
  let prefix: string;

  beforeAll(async () => {
    bed = await MessagingTestBed.start('messaging');
    ({ kafka, producer, pool } = bed);
  });

  beforeEach(async () => {
    prefix = `${uniqueName('msg')}.`;
    await provisionTopics(kafka, [`${prefix}${type}`], { partitions: 2, replicationFactor: 1 });
  });

  afterAll(() => bed.stop());

  function startServer(
    handle: (event: { id: string; payload: { leadId: string } }, context: EventContext) => Promise<void>,
    { offsetCommitIntervalMs }: { offsetCommitIntervalMs?: number } = {},
  ) {
    const server = new KafkaEventServer({
      kafka,
      producer,
      database: new PgTransactionalDatabase(pool),
      consumerGroup: `${prefix}test`,
      topicPrefix: prefix,
      logger: silentLogger,
      topicLayout: { partitions: 2, replicationFactor: 1 },
      backoff: { initialDelayMs: 10, maxDelayMs: 50, maxUnknownAttempts: 3 },
      sessionTimeoutMs: 6_000,
      offsetCommitIntervalMs,
    });
    const handler: MessageHandler = async (event, context) => handle(event, context);
    server.addHandler(type, handler, true);
    return new Promise<KafkaEventServer>((resolve, reject) =>
      server.listen((error) => (error ? reject(error) : resolve(server))),
    );
  }

  /** The group's committed offset of each partition ('-1' where it has committed none). */
  const committedOffsets = async () => {
    const admin = kafka.admin();
    await admin.connect();
    try {
      return (await admin.fetchOffsets({ groupId: `${prefix}test`, topics: [`${prefix}${type}`] }))[0].partitions
        .map(({ partition, offset }) => ({ partition, offset }))
        .sort((left, right) => left.partition - right.partition);
    } finally {
      await admin.disconnect();
    }
  };

  const effects = async (leadId: string) =>
    (await pool.query<{ event_id: string }>('SELECT event_id FROM effects WHERE lead_id = $1 ORDER BY seq', [leadId])).rows.map(
      (row) => row.event_id,
    );

  it('publishes outbox rows on commit, in order, with their trace headers', async () => {
    const relay = new OutboxRelay(pool, producer, silentLogger, { ...defaultOutboxRelayOptions, batchSize: 2, fallbackIntervalMs: 60_000, publishedRetentionMs: 60_000, lingerMs: 0 });
    await relay.start();
    const leadId = uuidv7();
    const outbox = new Outbox('capture', prefix);
    const appended: string[] = [];
    const appendIn = async (transaction: SqlExecutor) => appended.push((await outbox.append(transaction, type, capturedEvent(leadId).payload)).id);
    for (let index = 0; index < 2; index++) await new PgTransactionalDatabase(pool).$transaction(appendIn);
    // Under runInTransaction the rows are written together just before the commit, in the order appended.
    await runInTransaction(new PgTransactionalDatabase(pool), async (transaction) => {
      for (let index = 0; index < 3; index++) await appendIn(transaction);
      const { rows } = await pool.query('SELECT count(*)::int AS visible FROM outbox WHERE event_id = ANY($1::uuid[])', [appended]);
      expect(rows[0].visible).toBe(2);
    });
    const stored = await pool.query<{ event_id: string }>('SELECT event_id FROM outbox WHERE key = $1 ORDER BY id', [leadId]);
    expect(stored.rows.map((row) => row.event_id)).toEqual(appended);
    const received: string[] = [];
    const consumer = kafka.consumer({ groupId: `${prefix}reader` });
    await consumer.connect();
    await consumer.subscribe({ topic: `${prefix}${type}`, fromBeginning: true });
    await consumer.run({ eachMessage: async ({ message }) => void received.push(JSON.parse(String(message.value)).id) });
    await eventually(() => expect(received).toEqual(appended), { timeoutMs: 15_000 });
    await consumer.disconnect();
    await relay.stop();
    const { rows } = await pool.query('SELECT count(*)::int AS unpublished FROM outbox WHERE published_at IS NULL');
    expect(rows[0].unpublished).toBe(0);
  });

  it('publishes a claim larger than the broker takes in one request in parts, in order', async () => {
    const relay = new OutboxRelay(pool, producer, silentLogger, { ...defaultOutboxRelayOptions, fallbackIntervalMs: 60_000, lingerMs: 0 });
    const leadId = uuidv7();
    const outbox = new Outbox('capture', prefix);
    const appended: string[] = [];
    // About 2 MB under one key in one commit: twice the broker's default limit for one partition's batch.
    await runInTransaction(new PgTransactionalDatabase(pool), async (transaction) => {
      for (let index = 0; index < 450; index++) {
        const { payload } = capturedEvent(leadId);
        const long = `https://example.com/${'x'.repeat(1_970)}`;
        appended.push((await outbox.append(transaction, type, { ...payload, touchpoint: { ...payload.touchpoint, landingPage: long, referrer: long } })).id);
      }
    });
    const received: string[] = [];
    const consumer = kafka.consumer({ groupId: `${prefix}reader`, maxBytes: 10_485_760 });
    await consumer.connect();
    await consumer.subscribe({ topic: `${prefix}${type}`, fromBeginning: true });
    await consumer.run({ eachMessage: async ({ message }) => void received.push(JSON.parse(String(message.value)).id) });
    await relay.start();
    try {
      await eventually(() => expect(received).toEqual(appended), { timeoutMs: 20_000 });
    } finally {
      await consumer.disconnect();
      await relay.stop();
    }
  });

  it('applies each event once, retries a transient failure in place and keeps the order', async () => {
    const leadId = uuidv7();
    const events = [capturedEvent(leadId), capturedEvent(leadId), capturedEvent(leadId)];
    let failuresLeft = 2;
    const server = await startServer(async (event, context) => {
      if (event.id === events[1].id && failuresLeft-- > 0) {
        throw Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
      }
      await context.transaction.$executeRawUnsafe('INSERT INTO effects (event_id, lead_id) VALUES ($1, $2)', event.id, leadId);
    });
    const asMessage = (event: object) => ({ key: leadId, value: JSON.stringify(event) });
    await producer.send({ topic: `${prefix}${type}`, messages: [...events, events[0]].map(asMessage) });

    await eventually(async () => expect(await effects(leadId)).toEqual(events.map((event) => event.id)), { timeoutMs: 20_000 });
    expect(failuresLeft).toBeLessThan(0);
    await server.close();
  });

  it('dead-letters an event whose handler keeps failing and moves on to the next', async () => {
    const leadId = uuidv7();
    const [poison, healthy] = [capturedEvent(leadId), capturedEvent(leadId)];
    const server = await startServer(async (event, context) => {
      if (event.id === poison.id) throw new TypeError('cannot read properties of undefined');
      await context.transaction.$executeRawUnsafe('INSERT INTO effects (event_id, lead_id) VALUES ($1, $2)', event.id, leadId);
    });
    await producer.send({
      topic: `${prefix}${type}`,
      messages: [poison, healthy].map((event) => ({ key: leadId, value: JSON.stringify(event) })),
    });

    await eventually(async () => expect(await effects(leadId)).toEqual([healthy.id]), { timeoutMs: 20_000 });
    const admin = kafka.admin();
    await admin.connect();
    const deadLetters = await admin.fetchTopicOffsets(`${prefix}${type}.dlq`);
    await admin.disconnect();
    expect(deadLetters.reduce((sum, partition) => sum + Number(partition.high), 0)).toBe(1);
    const { rows } = await pool.query('SELECT count(*)::int AS claimed FROM inbox WHERE event_id = $1', [poison.id]);
    expect(rows[0].claimed).toBe(0);
    await server.close();
  });

  it('applies a long run of one lead\'s events in batches, each exactly once and in order', async () => {
    const leadId = uuidv7();
    const events = Array.from({ length: 250 }, () => capturedEvent(leadId));
    const server = await startServer(async (event, context) => {
      await context.transaction.$executeRawUnsafe('INSERT INTO effects (event_id, lead_id) VALUES ($1, $2)', event.id, leadId);
    });
    await producer.send({
      topic: `${prefix}${type}`,
      messages: [...events, ...events.slice(0, 10)].map((event) => ({ key: leadId, value: JSON.stringify(event) })),
    });

    await eventually(async () => expect(await effects(leadId)).toHaveLength(events.length), { timeoutMs: 30_000 });
    expect(await effects(leadId)).toEqual(events.map((event) => event.id));
    await server.close();
  });

  /** Sends each list to its partition before any consumer runs, so the first fetch holds both. */
  const sendToPartitions = (leadId: string[], ...perPartition: Array<Array<{ id: string }>>) =>
    producer.send({
      topic: `${prefix}${type}`,
      messages: perPartition.flatMap((events, partition) =>
        events.map((event) => ({ key: leadId[partition], partition, value: JSON.stringify(event) })),
      ),
    });

  /** The transaction that last applied each event: a rolled-back one is overwritten by the one that committed. */
  const recordingTransactions = (leads: string[], poisonId?: string) => {
    const transactionOf = new Map<string, string>();
    const handle = async (event: { id: string; payload: { leadId: string } }, context: EventContext) => {
      if (event.id === poisonId) throw new TypeError('cannot read properties of undefined');
      const [{ id }] = await context.transaction.$queryRawUnsafe<{ id: string }>('SELECT txid_current()::text AS id');
      transactionOf.set(event.id, id);
      await context.transaction.$executeRawUnsafe('INSERT INTO effects (event_id, lead_id) VALUES ($1, $2)', event.id, event.payload.leadId);
    };
    return { transactionOf, handle, leads };
  };

  it('applies what several partitions deliver together in one transaction, each partition in order', async () => {
    const [leadA, leadB] = [uuidv7(), uuidv7()];
    const ofA = Array.from({ length: 5 }, () => capturedEvent(leadA));
    const ofB = Array.from({ length: 5 }, () => capturedEvent(leadB));
    await sendToPartitions([leadA, leadB], ofA, ofB);
    const { transactionOf, handle } = recordingTransactions([leadA, leadB]);
    const server = await startServer(handle);

    await eventually(async () => expect((await effects(leadA)).length + (await effects(leadB)).length).toBe(10), { timeoutMs: 20_000 });
    expect(await effects(leadA)).toEqual(ofA.map((event) => event.id));
    expect(await effects(leadB)).toEqual(ofB.map((event) => event.id));
    expect(new Set([...transactionOf.values()]).size).toBe(1);
    await server.close();
  });

  it('commits each partition’s offset one past the last message it applied', async () => {
    const [leadA, leadB] = [uuidv7(), uuidv7()];
    await sendToPartitions([leadA, leadB], [capturedEvent(leadA), capturedEvent(leadA), capturedEvent(leadA)], [capturedEvent(leadB)]);
    const { handle } = recordingTransactions([leadA, leadB]);
    const server = await startServer(handle);

    await eventually(async () => expect(await committedOffsets()).toEqual([{ partition: 0, offset: '3' }, { partition: 1, offset: '1' }]), { timeoutMs: 20_000 });
    await server.close();
  });

  it('commits what it applied when it stops before the commit interval has passed', async () => {
    const [leadA, leadB] = [uuidv7(), uuidv7()];
    await sendToPartitions([leadA, leadB], [capturedEvent(leadA), capturedEvent(leadA)], [capturedEvent(leadB)]);
    const { handle } = recordingTransactions([leadA, leadB]);
    const server = await startServer(handle, { offsetCommitIntervalMs: 600_000 });

    await eventually(async () => expect((await effects(leadA)).length + (await effects(leadB)).length).toBe(3), { timeoutMs: 20_000 });
    expect(await committedOffsets()).toEqual([{ partition: 0, offset: '-1' }, { partition: 1, offset: '-1' }]);
    await server.close();

    expect(await committedOffsets()).toEqual([{ partition: 0, offset: '2' }, { partition: 1, offset: '1' }]);
  });

  it('applies a partition’s chunk alone when another partition’s poison fails their shared transaction', async () => {
    const [leadA, leadB] = [uuidv7(), uuidv7()];
    const [a1, poison, a2] = [capturedEvent(leadA), capturedEvent(leadA), capturedEvent(leadA)];
    const ofB = [capturedEvent(leadB), capturedEvent(leadB), capturedEvent(leadB)];
    await sendToPartitions([leadA, leadB], [a1, poison, a2], ofB);
    const { transactionOf, handle } = recordingTransactions([leadA, leadB], poison.id);
    const server = await startServer(handle);

    await eventually(async () => expect((await effects(leadA)).length + (await effects(leadB)).length).toBe(5), { timeoutMs: 20_000 });
    expect(await effects(leadA)).toEqual([a1.id, a2.id]);
    expect(await effects(leadB)).toEqual(ofB.map((event) => event.id));
    expect(new Set(ofB.map((event) => transactionOf.get(event.id))).size).toBe(1);
    expect(transactionOf.get(a1.id)).not.toBe(transactionOf.get(a2.id));
    expect(transactionOf.get(a1.id)).not.toBe(transactionOf.get(ofB[0].id));
    await server.close();
  });

  it('applies an event repeated inside one batch once, the first time it comes', async () => {
    const leadId = uuidv7();
    const [first, second, third] = [capturedEvent(leadId), capturedEvent(leadId), capturedEvent(leadId)];
    const handled: string[] = [];
    const server = await startServer(async (event, context) => {
      handled.push(event.id);
      await context.transaction.$executeRawUnsafe('INSERT INTO effects (event_id, lead_id) VALUES ($1, $2)', event.id, leadId);
    });
    await producer.send({
      topic: `${prefix}${type}`,
      messages: [first, second, first, third, second].map((event) => ({ key: leadId, value: JSON.stringify(event) })),
    });

    await eventually(async () => expect(await effects(leadId)).toHaveLength(3), { timeoutMs: 20_000 });
    expect(await effects(leadId)).toEqual([first.id, second.id, third.id]);
    expect(handled).toEqual([first.id, second.id, third.id]);
    await server.close();
  });
});
