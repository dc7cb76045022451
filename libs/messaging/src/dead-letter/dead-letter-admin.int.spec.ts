import { MessageHandler } from '@nestjs/microservices';
import { Kafka, Producer } from 'kafkajs';
import { Pool } from 'pg';
import { uuidv7 } from 'uuidv7';
import { eventually, uniqueName } from '@accord/testing';
import { EventContext } from '../consumer/event-context';
import { KafkaEventServer } from '../consumer/kafka-event-server';
import { provisionTopics } from '../kafka/topic-provisioner';
import { silentLogger } from '../test-support/silent-logger';
import { capturedEvent } from '../test-support/captured-event';
import { MessagingTestBed } from '../test-support/messaging-test-bed';
import { PgTransactionalDatabase } from '../test-support/pg-transactional-database';
import { DeadLetterAdmin } from './dead-letter-admin';
import { selectDeadLetters } from './dead-letter-selection';

const type = 'capture.lead.captured.v1';

describe('replaying dead letters over real Kafka and PostgreSQL', () => {
  let bed: MessagingTestBed;
  let kafka: Kafka;
  let producer: Producer;
  let pool: Pool;

  beforeAll(async () => {
    bed = await MessagingTestBed.start('deadletter');
    ({ kafka, producer, pool } = bed);
  });

  afterAll(() => bed.stop());

  it('applies a replayed event once, however often it is replayed, once its cause is fixed', async () => {
    const prefix = `${uniqueName('dlqreplay')}.`;
    await provisionTopics(kafka, [`${prefix}${type}`], { partitions: 2, replicationFactor: 1 });
    const leadId = uuidv7();
    const [poison, healthy] = [capturedEvent(leadId), capturedEvent(leadId)];
    let fixed = false;
    const handle = async (event: { id: string }, context: EventContext) => {
      if (event.id === poison.id && !fixed) throw new TypeError('cannot read properties of undefined');
      await context.transaction.$executeRawUnsafe('INSERT INTO effects (event_id, lead_id) VALUES ($1, $2)', event.id, leadId);
    };
    const server = new KafkaEventServer({
      kafka,
      producer,
      database: new PgTransactionalDatabase(pool),
      consumerGroup: `${prefix}test`,
      topicPrefix: prefix,
      logger: silentLogger,
      topicLayout: { partitions: 2, replicationFactor: 1 },
      backoff: { initialDelayMs: 10, maxDelayMs: 50, maxUnknownAttempts: 2 },
      sessionTimeoutMs: 6_000,
    });
    server.addHandler(type, (async (event, context) => handle(event, context)) as MessageHandler, true);
    await new Promise<void>((resolve, reject) => server.listen((error) => (error ? reject(error) : resolve())));
    const effects = async () =>
      (await pool.query<{ event_id: string }>('SELECT event_id FROM effects WHERE lead_id = $1 ORDER BY seq', [leadId])).rows.map((row) => row.event_id);
    const admin = new DeadLetterAdmin({ brokers: bed.brokers, topicPrefix: prefix, logger: silentLogger });
    try {
      await producer.send({ topic: `${prefix}${type}`, messages: [poison, healthy].map((event) => ({ key: leadId, value: JSON.stringify(event) })) });
      await eventually(async () => expect(await effects()).toEqual([healthy.id]), { timeoutMs: 20_000 });
      await eventually(async () => expect(await admin.listTopics()).toEqual([{ topic: `${prefix}${type}.dlq`, messages: 1 }]));

      fixed = true;
      const deadLetters = await admin.read(`${prefix}${type}.dlq`);
      expect(deadLetters.map((record) => record.event.id)).toEqual([poison.id]);
      const chosen = selectDeadLetters(deadLetters, { eventId: poison.id });
      await admin.replay(chosen);
      await admin.replay(chosen);
      await admin.replay(selectDeadLetters(deadLetters, { errorContains: 'CANNOT READ' }));

      // Same key, same partition: once this one is applied, every replay before it has been handled.
      const sentinel = capturedEvent(leadId);
      await producer.send({ topic: `${prefix}${type}`, messages: [{ key: leadId, value: JSON.stringify(sentinel) }] });
      await eventually(async () => expect(await effects()).toEqual([healthy.id, poison.id, sentinel.id]), { timeoutMs: 20_000 });
    } finally {
      await admin.close();
      await server.close();
    }
  });
});
