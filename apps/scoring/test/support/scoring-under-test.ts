import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Consumer, Kafka, logLevel, Producer } from 'kafkajs';
import { Pool } from 'pg';
import { uuidv7 } from 'uuidv7';
import { EventPayload, EventType } from '@accord/contracts';
import { runService } from '@accord/platform';
import { adminKeyHeaders, createMigratedTestDatabase, testAuthEnv, testBrokers, TestDatabase, uniqueName } from '@accord/testing';
import { ScoringModule } from '../../src/app.module';
import { scoringConfigSchema } from '../../src/config/scoring-config';

export interface ReceivedEvent<Type extends EventType = EventType> {
  id: string;
  type: Type;
  payload: EventPayload<Type>;
}

/** The scoring service in this process, on a fresh database and topics of its own, with raw Kafka beside it. */
export class ScoringUnderTest {
  readonly received: ReceivedEvent[] = [];
  /** Inbound activities the service dead-lettered, with the error it gave. */
  readonly deadActivities: { key: string; error: string }[] = [];

  private constructor(
    readonly app: NestFastifyApplication,
    readonly url: string,
    readonly topicPrefix: string,
    private readonly database: TestDatabase,
    readonly pool: Pool,
    private readonly producer: Producer,
    private readonly consumer: Consumer,
  ) {}

  /** Starts on a fresh database, or on the one a stopped instance kept. */
  static async start(env: Record<string, string> = {}, existing?: TestDatabase): Promise<ScoringUnderTest> {
    const database = existing ?? (await createMigratedTestDatabase('scoring'));
    delete process.env['SCORING_PLAYBOOK_PATH'];
    const topicPrefix = `${uniqueName('scoring')}.`;
    const brokers = testBrokers();
    Object.assign(process.env, {
      DATABASE_URL: database.url,
      KAFKA_BROKERS: brokers.join(','),
      KAFKA_TOPIC_PREFIX: topicPrefix,
      PORT: '0',
      HOST: '127.0.0.1',
      KAFKA_SESSION_TIMEOUT_MS: '6000',
      LOG_LEVEL: 'warn',
      ...testAuthEnv(),
      ...env,
    });
    const app = await runService({ service: 'scoring', configSchema: scoringConfigSchema, module: ScoringModule.register });
    const kafka = new Kafka({ clientId: 'scoring-test', brokers, logLevel: logLevel.NOTHING });
    const producer = kafka.producer({ allowAutoTopicCreation: false });
    await producer.connect();
    const consumer = kafka.consumer({ groupId: `${topicPrefix}observer`, maxWaitTimeInMs: 100 });
    await consumer.connect();
    await consumer.subscribe({
      topics: [
        `${topicPrefix}scoring.lead.scored.v1`,
        `${topicPrefix}scoring.lead.stage-changed.v1`,
        `${topicPrefix}web.activity.recorded.v1.dlq`,
      ],
      fromBeginning: true,
    });
    const pool = database.pool(2);
    // An idle connection the server closes is replaced on the next query; it must not crash the run.
    const harness = new ScoringUnderTest(app, await app.getUrl(), topicPrefix, database, pool, producer, consumer);
    await consumer.run({
      eachMessage: async ({ topic, message }) => {
        if (topic.endsWith('.dlq')) {
          harness.deadActivities.push({ key: String(message.key), error: String(message.headers?.['x-dlq-error']) });
        } else {
          harness.received.push(JSON.parse(String(message.value)) as ReceivedEvent);
        }
      },
    });
    return harness;
  }

  async produce<Type extends EventType>(type: Type, payload: EventPayload<Type> & { leadId: string }, producer = type.split('.')[0]) {
    const id = uuidv7();
    const envelope = { id, type, occurredAt: new Date().toISOString(), producer, correlationId: id, causationId: null, payload };
    await this.producer.send({ topic: `${this.topicPrefix}${type}`, messages: [{ key: payload.leadId, value: JSON.stringify(envelope) }], acks: -1 });
    return envelope;
  }

  eventsFor<Type extends EventType>(type: Type, leadId: string): ReceivedEvent<Type>[] {
    return this.received.filter(
      (event) => event.type === type && (event.payload as { leadId: string }).leadId === leadId,
    ) as unknown as ReceivedEvent<Type>[];
  }

  /** Sends the test admin API key, so routes answer as they would an operator. */
  request(method: string, path: string, body?: unknown): Promise<Response> {
    return fetch(`${this.url}${path}`, {
      method,
      headers: body === undefined ? adminKeyHeaders() : { 'content-type': 'application/json', ...adminKeyHeaders() },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  }

  async stop({ keepDatabase = false } = {}): Promise<TestDatabase> {
    await this.consumer?.disconnect();
    await this.producer?.disconnect();
    await this.app?.close();
    await this.pool?.end();
    if (!keepDatabase) await this.database?.drop();
    return this.database;
  }
}
