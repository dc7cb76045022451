import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Pool } from 'pg';
import { runService } from '@accord/platform';
import { adminKeyHeaders, createMigratedTestDatabase, testAuthEnv, testBrokers, TestDatabase, uniqueName } from '@accord/testing';
import { enrichmentService } from '../src/enrichment-service';
import { EventBus } from './event-bus';

export const capturedType = 'capture.lead.captured.v1';
export const touchpointType = 'capture.touchpoint.recorded.v1';
export const enrichedType = 'enrichment.lead.enriched.v1';

/** The enrichment service started in-process over real Kafka and a fresh, migrated PostgreSQL database. */
export class EnrichmentUnderTest {
  private constructor(
    readonly app: NestFastifyApplication,
    readonly url: string,
    readonly bus: EventBus,
    readonly database: Pool,
    private readonly testDatabase: TestDatabase,
  ) {}

  static async start(settings: Record<string, string> = {}): Promise<EnrichmentUnderTest> {
    const testDatabase = await createMigratedTestDatabase('enrichment');
    try {
      return await EnrichmentUnderTest.startOn(testDatabase, settings);
    } catch (error) {
      await testDatabase.drop();
      throw error;
    }
  }

  private static async startOn(testDatabase: TestDatabase, settings: Record<string, string>): Promise<EnrichmentUnderTest> {
    const brokers = testBrokers();
    const prefix = `${uniqueName('enrichment')}.`;
    const bus = new EventBus(brokers, prefix);
    await bus.start([capturedType, touchpointType], enrichedType);
    Object.assign(process.env, {
      DATABASE_URL: testDatabase.url,
      KAFKA_BROKERS: brokers.join(','),
      KAFKA_TOPIC_PREFIX: prefix,
      PORT: '0',
      HOST: '127.0.0.1',
      KAFKA_SESSION_TIMEOUT_MS: '6000',
      LOG_LEVEL: 'warn',
      ...testAuthEnv(),
      ...settings,
    });
    const app = await runService(enrichmentService);
    return new EnrichmentUnderTest(app, await app.getUrl(), bus, testDatabase.pool(2), testDatabase);
  }

  async stop(): Promise<void> {
    await this.app.close();
    await this.bus.stop();
    await this.database.end();
    await this.testDatabase.drop();
  }

  /** Requests carry the test admin API key, so routes answer as they would an operator. */
  get(path: string): Promise<Response> {
    return fetch(`${this.url}${path}`, { headers: adminKeyHeaders() });
  }

  post(path: string, body: string, contentType = 'application/json'): Promise<Response> {
    return fetch(`${this.url}${path}`, { method: 'POST', body, headers: { 'content-type': contentType, ...adminKeyHeaders() } });
  }
}
