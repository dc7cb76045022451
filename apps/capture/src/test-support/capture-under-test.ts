import { randomBytes } from 'node:crypto';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Kafka, logLevel } from 'kafkajs';
import { Pool } from 'pg';
import { runService } from '@accord/platform';
import { createMigratedTestDatabase, testAuthEnv, testBrokers, TestDatabase, uniqueName } from '@accord/testing';
import { captureService } from '../capture-service';

export const adminKey = `admin-${randomBytes(24).toString('hex')}`;

export interface KeyOptions {
  source?: string;
  scopes?: string[];
  defaultPhoneRegion?: string;
}

/** The capture service in this process, on a fresh database and a topic prefix of its own. */
export class CaptureUnderTest {
  private constructor(
    readonly app: NestFastifyApplication,
    readonly url: string,
    readonly topicPrefix: string,
    readonly payloadKey: Buffer,
    readonly database: TestDatabase,
    readonly pool: Pool,
  ) {}

  static async start(environment: Record<string, string> = {}): Promise<CaptureUnderTest> {
    const database = await createMigratedTestDatabase('capture');
    const topicPrefix = `${uniqueName('capture')}.`;
    const payloadKey = randomBytes(32);
    Object.assign(process.env, {
      DATABASE_URL: database.url,
      KAFKA_BROKERS: testBrokers().join(','),
      KAFKA_TOPIC_PREFIX: topicPrefix,
      KAFKA_TOPIC_PARTITIONS: '1',
      PORT: '0',
      HOST: '127.0.0.1',
      KAFKA_SESSION_TIMEOUT_MS: '6000',
      LOG_LEVEL: 'warn',
      ...testAuthEnv(),
      ADMIN_API_KEY: adminKey,
      PAYLOAD_ENCRYPTION_KEY: payloadKey.toString('base64'),
      RATE_LIMIT_PER_SECOND: '100000',
      RATE_LIMIT_BURST: '100000',
      ...environment,
    });
    const app = await runService(captureService);
    const url = (await app.getUrl()).replace('[::1]', '127.0.0.1');
    return new CaptureUnderTest(app, url, topicPrefix, payloadKey, database, database.pool(2));
  }

  admin(method: string, path: string, body?: unknown, key = adminKey): Promise<Response> {
    return fetch(`${this.url}/v1/admin/api-keys${path}`, {
      method,
      headers: { authorization: `Bearer ${key}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  }

  async createKey(name: string, options: KeyOptions = {}): Promise<{ id: string; key: string }> {
    const response = await this.admin('POST', '', { name, source: options.source ?? 'website', ...options });
    if (response.status !== 201) throw new Error(`key creation answered ${response.status}: ${await response.text()}`);
    return (await response.json()) as { id: string; key: string };
  }

  post(path: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
    return fetch(`${this.url}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
  }

  async count(sql: string, values: unknown[] = []): Promise<number> {
    const { rows } = await this.pool.query<{ count: string }>(sql, values);
    return Number(rows[0].count);
  }

  /** Rows of every table a capture writes, to prove a rejected request left nothing behind. */
  async persistedRows(): Promise<number> {
    return this.count(
      `SELECT (SELECT count(*) FROM leads) + (SELECT count(*) FROM touchpoints) + (SELECT count(*) FROM consents)
            + (SELECT count(*) FROM outbox) + (SELECT count(*) FROM idempotent_requests)
            + (SELECT count(*) FROM ad_lead_fetches) AS count`,
    );
  }

  /** Sends raw messages to a topic of this run, as an upstream producer would. */
  async produce(topic: string, messages: { key: string; value: string }[]): Promise<void> {
    const kafka = new Kafka({ clientId: 'capture-test-upstream', brokers: testBrokers(), logLevel: logLevel.NOTHING });
    const producer = kafka.producer({ allowAutoTopicCreation: false });
    await producer.connect();
    try {
      await producer.send({ topic: `${this.topicPrefix}${topic}`, messages, acks: -1 });
    } finally {
      await producer.disconnect();
    }
  }

  /** The envelopes published on one event type's topic so far. */
  async publishedEvents(
    eventType: string,
  ): Promise<{ key: string | null; value: { type: string; payload: Record<string, unknown> }; headers: Record<string, string> }[]> {
    const kafka = new Kafka({ clientId: 'capture-test', brokers: testBrokers(), logLevel: logLevel.NOTHING });
    const admin = kafka.admin();
    await admin.connect();
    const topic = `${this.topicPrefix}${eventType}`;
    try {
      const offsets = await admin.fetchTopicOffsets(topic);
      const wanted = offsets.reduce((sum, partition) => sum + Number(partition.high) - Number(partition.low), 0);
      if (wanted === 0) return [];
      const consumer = kafka.consumer({ groupId: uniqueName('reader') });
      const received: { key: string | null; value: { type: string; payload: Record<string, unknown> }; headers: Record<string, string> }[] = [];
      await consumer.connect();
      await consumer.subscribe({ topic, fromBeginning: true });
      await new Promise<void>((resolve) => {
        void consumer.run({
          eachMessage: async ({ message }) => {
            const headers = Object.fromEntries(Object.entries(message.headers ?? {}).map(([name, value]) => [name, String(value)]));
            let value: { type: string; payload: Record<string, unknown> };
            try {
              value = JSON.parse(message.value?.toString() ?? 'null');
            } catch {
              value = { type: 'unreadable', payload: {} };
            }
            received.push({ key: message.key?.toString() ?? null, value, headers });
            if (received.length >= wanted) resolve();
          },
        });
      });
      await consumer.disconnect();
      return received;
    } finally {
      await admin.disconnect();
    }
  }

  async stop(): Promise<void> {
    await this.app.close();
    await this.database.drop();
  }
}
