import { trace } from '@opentelemetry/api';
import { InMemorySpanExporter, type ReadableSpan, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { MessageHandler } from '@nestjs/microservices';
import { Kafka, Producer } from 'kafkajs';
import { Pool } from 'pg';
import { uuidv7 } from 'uuidv7';
import { startTracing, type Tracing } from '@accord/telemetry';
import { eventually, uniqueName } from '@accord/testing';
import { EventContext } from './consumer/event-context';
import { KafkaEventServer } from './consumer/kafka-event-server';
import { provisionTopics } from './kafka/topic-provisioner';
import { silentLogger } from './test-support/silent-logger';
import { Outbox } from './outbox/outbox';
import { defaultOutboxRelayOptions, OutboxRelay } from './outbox/outbox-relay';
import { capturedEvent } from './test-support/captured-event';
import { MessagingTestBed } from './test-support/messaging-test-bed';
import { PgTransactionalDatabase } from './test-support/pg-transactional-database';

const type = 'capture.lead.captured.v1';

describe('one trace from the request through the outbox, Kafka and the consumer', () => {
  const exporter = new InMemorySpanExporter();
  let tracing: Tracing;
  let bed: MessagingTestBed;
  let kafka: Kafka;
  let producer: Producer;
  let pool: Pool;

  beforeAll(async () => {
    tracing = startTracing({ serviceName: 'messaging-spec', spanProcessors: [new SimpleSpanProcessor(exporter)] });
    bed = await MessagingTestBed.start('tracing');
    ({ kafka, producer, pool } = bed);
  });

  afterAll(async () => {
    await bed.stop();
    await tracing.shutdown();
  });

  const spanNamed = (name: string, traceId: string): ReadableSpan | undefined =>
    exporter.getFinishedSpans().find((span) => span.name === name && span.spanContext().traceId === traceId);

  it('gives each message of a chunk its own consumer span under its own producer, and continues it in new events', async () => {
    const prefix = `${uniqueName('trace')}.`;
    const topic = `${prefix}${type}`;
    await provisionTopics(kafka, [topic], { partitions: 2, replicationFactor: 1 });
    const leadId = uuidv7();
    const outbox = new Outbox('capture', prefix);
    const db = new PgTransactionalDatabase(pool);
    // Two requests about the same lead: one partition, two traces.
    const requests = await Promise.all(
      [1, 2].map(() =>
        trace.getTracer('spec').startActiveSpan('POST /v1/leads', async (span) => {
          await db.$transaction((transaction) => outbox.append(transaction, type, capturedEvent(leadId).payload));
          span.end();
          return span.spanContext().traceId;
        }),
      ),
    );
    const relay = new OutboxRelay(pool, producer, silentLogger, { ...defaultOutboxRelayOptions, batchSize: 10, fallbackIntervalMs: 60_000, publishedRetentionMs: 60_000, lingerMs: 0 });
    await relay.start();
    await relay.flush();
    await relay.stop();

    const transactions: unknown[] = [];
    const followUps = new Outbox('enrichment', `${prefix}next.`);
    const server = new KafkaEventServer({
      kafka,
      producer,
      database: db,
      consumerGroup: `${prefix}group`,
      topicPrefix: prefix,
      logger: silentLogger,
      topicLayout: { partitions: 2, replicationFactor: 1 },
      sessionTimeoutMs: 6_000,
    });
    const handler: MessageHandler = async (event: { payload: { leadId: string } }, context: EventContext) => {
      transactions.push(context.transaction);
      await followUps.append(context.transaction, type, capturedEvent(event.payload.leadId).payload);
    };
    server.addHandler(type, handler, true);
    await new Promise<void>((resolve, reject) => server.listen((error) => (error ? reject(error) : resolve())));
    await eventually(async () => expect(transactions).toHaveLength(2), { timeoutMs: 20_000 });
    await server.close();

    expect(transactions[0]).toBe(transactions[1]);
    for (const traceId of requests) {
      const request = spanNamed('POST /v1/leads', traceId);
      const created = spanNamed(`${topic} create`, traceId);
      const sent = spanNamed(`${topic} send`, traceId);
      const consumed = spanNamed(`${topic} process`, traceId);
      const followUp = spanNamed(`${prefix}next.${type} create`, traceId);
      expect(created?.parentSpanContext?.spanId).toBe(request?.spanContext().spanId);
      expect(sent?.parentSpanContext?.spanId).toBe(created?.spanContext().spanId);
      expect(consumed?.parentSpanContext?.spanId).toBe(created?.spanContext().spanId);
      expect(followUp?.parentSpanContext?.spanId).toBe(consumed?.spanContext().spanId);
      expect(sent?.attributes).toMatchObject({ 'accord.lead_id': leadId, 'accord.event_type': type, 'accord.outcome': 'published' });
      expect(consumed?.attributes).toMatchObject({
        'messaging.destination.name': topic,
        'messaging.destination.partition.id': expect.any(String),
        'messaging.kafka.offset': expect.any(Number),
        'accord.lead_id': leadId,
        'accord.event_type': type,
        'accord.outcome': 'processed',
      });
    }
    const { rows } = await pool.query<{ headers: { traceparent: string } }>('SELECT headers FROM outbox WHERE topic = $1', [
      `${prefix}next.${type}`,
    ]);
    expect(rows.map((row) => row.headers.traceparent.split('-')[1]).sort()).toEqual([...requests].sort());
  });
});
