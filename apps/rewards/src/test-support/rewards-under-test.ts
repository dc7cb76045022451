import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Consumer, Kafka, logLevel, Producer } from 'kafkajs';
import { AccordEvent } from '@accord/contracts';
import { issueToken, runService } from '@accord/platform';
import { adminKeyHeaders, createMigratedTestDatabase, testAuthEnv, testBrokers, TestDatabase, testJwtSecret, uniqueName } from '@accord/testing';
import { RewardsModule } from '../app.module';
import { rewardsConfigSchema } from '../config/rewards-config';

/** The rewards service started in this process on its own database and topics, with a producer playing the other services. */
export class RewardsUnderTest {
  private constructor(
    readonly app: NestFastifyApplication,
    readonly url: string,
    readonly database: TestDatabase,
    private readonly prefix: string,
    private readonly producer: Producer,
    private readonly kafka: Kafka,
  ) {}

  private readonly consumers: Consumer[] = [];

  static async start(extraEnv: Record<string, string> = {}): Promise<RewardsUnderTest> {
    const database = await createMigratedTestDatabase('rewards');
    const prefix = `${uniqueName('rewards')}.`;
    const brokers = testBrokers();
    Object.assign(process.env, {
      DATABASE_URL: database.url,
      KAFKA_BROKERS: brokers.join(','),
      KAFKA_TOPIC_PREFIX: prefix,
      PORT: '0',
      KAFKA_SESSION_TIMEOUT_MS: '6000',
      LOG_LEVEL: 'warn',
      ...testAuthEnv(),
      ...extraEnv,
    });
    const app = await runService({ service: 'rewards', configSchema: rewardsConfigSchema, module: RewardsModule.register });
    const kafka = new Kafka({ clientId: 'rewards-test', brokers, logLevel: logLevel.NOTHING });
    const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
    await producer.connect();
    return new RewardsUnderTest(app, (await app.getUrl()).replace('[::1]', 'localhost'), database, prefix, producer, kafka);
  }

  /** Publishes in the given order; events of one lead share a key, as every producer keys them. */
  async publish(...events: AccordEvent[]): Promise<void> {
    const byTopic = new Map<string, { key: string; value: string }[]>();
    for (const event of events) {
      const messages = byTopic.get(event.type) ?? [];
      messages.push({ key: (event.payload as { leadId: string }).leadId, value: JSON.stringify(event) });
      byTopic.set(event.type, messages);
    }
    await this.producer.sendBatch({
      acks: -1,
      topicMessages: [...byTopic].map(([type, messages]) => ({ topic: `${this.prefix}${type}`, messages })),
    });
  }

  /** Collects, as they arrive, the events this service publishes of one type. */
  async collect(type: string): Promise<AccordEvent[]> {
    const received: AccordEvent[] = [];
    const consumer = this.kafka.consumer({ groupId: `${this.prefix}reader-${type}`, sessionTimeout: 6000 });
    this.consumers.push(consumer);
    await consumer.connect();
    await consumer.subscribe({ topic: `${this.prefix}${type}`, fromBeginning: true });
    await consumer.run({
      eachMessage: async ({ message }) => {
        received.push(JSON.parse(message.value?.toString() ?? 'null') as AccordEvent);
      },
    });
    return received;
  }

  async get<T = unknown>(path: string, headers: Record<string, string> = {}): Promise<{ status: number; body: T }> {
    const response = await fetch(`${this.url}${path}`, { headers: await withCredentials(headers) });
    return { status: response.status, body: (await response.json()) as T };
  }

  async send<T = unknown>(method: string, path: string, body: unknown, headers: Record<string, string> = {}) {
    const response = await fetch(`${this.url}${path}`, {
      method,
      headers: { 'content-type': 'application/json', ...(await withCredentials(headers)) },
      body: JSON.stringify(body),
    });
    return { status: response.status, body: (await response.json().catch(() => null)) as T };
  }

  async stop(): Promise<void> {
    try {
      await Promise.all(this.consumers.map((consumer) => consumer.disconnect()));
      await this.producer.disconnect();
      await this.app.close();
    } finally {
      await this.database.drop();
    }
  }
}

/** An x-person-id header becomes that person's token; without one the request carries the test admin API key. */
async function withCredentials(headers: Record<string, string>): Promise<Record<string, string>> {
  const { 'x-person-id': personId, ...rest } = headers;
  if (personId === undefined) return { ...adminKeyHeaders(), ...rest };
  return { authorization: `Bearer ${await issueToken(testJwtSecret, { sub: personId, roles: ['marketer'] })}`, ...rest };
}
