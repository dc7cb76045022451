import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Kafka, logLevel, Producer } from 'kafkajs';
import { Pool } from 'pg';
import { uuidv7 } from 'uuidv7';
import { AccordEvent, EventPayload, EventType } from '@accord/contracts';
import { issueToken, runService } from '@accord/platform';
import { adminKeyHeaders, createMigratedTestDatabase, testAuthEnv, testBrokers, TestDatabase, testJwtSecret, uniqueName } from '@accord/testing';
import { handOffService } from '../hand-off-service';

export interface StartOptions {
  env?: Record<string, string>;
}

/** The hand-off service in this process over a fresh database and topics of its own. */
export class HandOffUnderTest {
  private readonly apps: NestFastifyApplication[] = [];
  readonly kafka: Kafka;
  readonly prefix = `${uniqueName('handoff')}.`;
  private producer?: Producer;
  baseUrl = '';

  private constructor(
    readonly database: TestDatabase,
    readonly pool: Pool,
  ) {
    this.kafka = new Kafka({
      clientId: 'hand-off-test',
      brokers: testBrokers(),
      logLevel: logLevel.NOTHING,
    });
  }

  static async create(options: StartOptions = {}): Promise<HandOffUnderTest> {
    const database = await createMigratedTestDatabase('hand-off');
    const underTest = new HandOffUnderTest(database, database.pool(3));
    await underTest.startInstance(options);
    return underTest;
  }

  /** Starts one more instance over the same database and topics; returns its index. */
  async startInstance(options: StartOptions = {}): Promise<number> {
    Object.assign(process.env, {
      DATABASE_URL: this.database.url,
      KAFKA_BROKERS: testBrokers().join(','),
      KAFKA_TOPIC_PREFIX: this.prefix,
      PORT: '0',
      KAFKA_SESSION_TIMEOUT_MS: '6000',
      LOG_LEVEL: 'warn',
      SLA_POLL_INTERVAL_MS: '200',
      WEBHOOK_POLL_INTERVAL_MS: '100',
      WEBHOOK_SECRET_KEYS: `test:${Buffer.alloc(32, 7).toString('base64')}`,
      ...testAuthEnv(),
      ...options.env,
    });
    const app = await runService(handOffService);
    this.apps.push(app);
    this.baseUrl = (await app.getUrl()).replace('[::1]', '127.0.0.1');
    return this.apps.length - 1;
  }

  get app(): NestFastifyApplication {
    return this.apps[0];
  }

  async stopInstance(index: number): Promise<void> {
    await this.apps[index]?.close();
  }

  async stop(): Promise<void> {
    await this.producer?.disconnect();
    for (const app of this.apps) await app.close().catch(() => undefined);
    await this.database.drop();
  }

  topic(type: string): string {
    return `${this.prefix}${type}`;
  }

  /** An event as its producer would write it; sent with `send`, possibly more than once. */
  envelope<Type extends EventType>(type: Type, payload: EventPayload<Type>, id = uuidv7()): AccordEvent<Type> {
    return {
      id,
      type,
      occurredAt: new Date().toISOString(),
      producer: type.split('.')[0],
      correlationId: id,
      causationId: null,
      payload,
    } as AccordEvent<Type>;
  }

  async produce<Type extends EventType>(
    type: Type,
    payloads: Array<EventPayload<Type>>,
    leadIdOf = (payload: EventPayload<Type>) => (payload as { leadId?: string }).leadId ?? uuidv7(),
  ) {
    await this.send(
      type,
      payloads.map((payload) => this.envelope(type, payload)),
      (event) => leadIdOf(event.payload),
    );
  }

  /** Sends events as they are: the same event twice is a redelivery. */
  async send<Type extends EventType>(
    type: Type,
    events: Array<AccordEvent<Type>>,
    keyOf = (event: AccordEvent<Type>) => (event.payload as { leadId?: string }).leadId ?? uuidv7(),
  ) {
    if (!this.producer) {
      this.producer = this.kafka.producer({ allowAutoTopicCreation: false, idempotent: true, maxInFlightRequests: 1 });
      await this.producer.connect();
    }
    const messages = events.map((event) => ({ key: keyOf(event), value: JSON.stringify(event) }));
    for (let start = 0; start < messages.length; start += 500) {
      await this.producer.send({ topic: this.topic(type), messages: messages.slice(start, start + 500), acks: -1 });
    }
  }

  qualify(leadIds: string[], changedAt = new Date()) {
    return this.produce(
      'scoring.lead.stage-changed.v1',
      leadIds.map((leadId) => ({ leadId, from: 'lead' as const, to: 'mql' as const, reason: 'fit and engagement', changedAt: changedAt.toISOString() })),
    );
  }

  enrich(leadId: string, facts: Record<string, string | number>) {
    const observedAt = new Date().toISOString();
    return this.produce('enrichment.lead.enriched.v1', [
      { leadId, facts: Object.fromEntries(Object.entries(facts).map(([name, value]) => [name, { value, provider: 'test', observedAt }])) },
    ]);
  }

  /** Every event on one of hand-off's topics in Kafka, read from the beginning. */
  async readTopic<Type extends EventType>(type: Type): Promise<Array<AccordEvent<Type>>> {
    const admin = this.kafka.admin();
    await admin.connect();
    const offsets = await admin.fetchTopicOffsets(this.topic(type)).finally(() => admin.disconnect());
    const wanted = offsets.reduce((sum, partition) => sum + Number(partition.high) - Number(partition.low), 0);
    const received: Array<AccordEvent<Type>> = [];
    if (wanted === 0) return received;
    const consumer = this.kafka.consumer({ groupId: uniqueName('reader') });
    await consumer.connect();
    await consumer.subscribe({ topic: this.topic(type), fromBeginning: true });
    await new Promise<void>((resolve) => {
      void consumer.run({
        eachMessage: async ({ message }) => {
          received.push(JSON.parse(String(message.value)));
          if (received.length >= wanted) resolve();
        },
      });
    });
    await consumer.disconnect();
    return received;
  }

  async query<Row extends object>(sql: string, values: unknown[] = []): Promise<Row[]> {
    return (await this.pool.query<Row>(sql, values)).rows;
  }

  async count(sql: string, values: unknown[] = []): Promise<number> {
    const [row] = await this.query<{ count: string }>(sql, values);
    return Number(row?.count ?? 0);
  }

  /** Events hand-off wrote to its outbox, decoded, optionally of one type. */
  async published<Type extends EventType>(type: Type, leadId?: string): Promise<Array<AccordEvent<Type>>> {
    const rows = await this.query<{ payload: AccordEvent<Type> }>(
      'SELECT payload FROM outbox WHERE topic = $1 AND ($2::text IS NULL OR key = $2) ORDER BY id',
      [this.topic(type), leadId ?? null],
    );
    return rows.map((row) => row.payload);
  }

  /** An x-rep-id header becomes that rep's token; without one the request carries the test admin API key. */
  async request(method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
    const { 'x-rep-id': repId, ...rest } = headers;
    const credentials = repId ? { authorization: `Bearer ${await issueToken(testJwtSecret, { sub: repId, roles: ['rep'] })}` } : adminKeyHeaders();
    const response = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers: body === undefined ? { ...credentials, ...rest } : { 'content-type': 'application/json', ...credentials, ...rest },
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, contentType: response.headers.get('content-type') ?? '', body: text ? JSON.parse(text) : null };
  }
}

export const aroundTheClockHours = { days: [1, 2, 3, 4, 5, 6, 7], start: '00:00', end: '24:00' };

export function teamBody(overrides: Record<string, unknown> = {}) {
  return {
    name: 'Team',
    managerId: 'manager-1',
    timeZone: 'UTC',
    workingHours: aroundTheClockHours,
    sla: { acceptWithinBusinessHours: 8, remindBeforeMinutes: 30, reassignOnBreach: false },
    ...overrides,
  };
}

export function repBody(teamId: string, overrides: Record<string, unknown> = {}) {
  return { teamId, name: 'Rep', role: 'sales', weight: 1, capacity: 100_000, timeZone: 'UTC', workingHours: aroundTheClockHours, ...overrides };
}

/** The machine is shared, so waits are generous; a passing assertion returns at once anyway. */
export const patience = { timeoutMs: 30_000 };
