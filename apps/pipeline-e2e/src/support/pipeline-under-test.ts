import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Pool } from 'pg';
import { issueToken, TokenClaims } from '@accord/platform';
import { createTestDatabase, freePort, testBrokers, TestDatabase, uniqueName } from '@accord/testing';
import { ServiceProcess } from './service-process';

const run = promisify(execFile);
const repositoryRoot = join(__dirname, '..', '..', '..', '..');

const captureAdminKey = randomBytes(24).toString('hex');
/** The services verify people's tokens with it, as they would a provider's. */
const authJwtSecret = randomBytes(32).toString('hex');

export const services = ['capture', 'enrichment', 'scoring', 'hand-off', 'rewards'] as const;
export type Service = (typeof services)[number];

export type Identity = { admin: true } | { rep: string };

export interface PipelineOptions {
  env?: Record<string, string>;
  serviceEnv?: Partial<Record<Service, Record<string, string>>>;
}

/**
 * The five services as real processes, each on its own fresh database, sharing the test Kafka
 * under a topic prefix of their own so runs never see each other's events.
 */
export class PipelineUnderTest {
  private readonly pools = new Map<Service, Pool>();
  private readonly captureKeys = new Map<string, Promise<string>>();
  private readonly tokens = new Map<string, Promise<string>>();

  private constructor(
    readonly topicPrefix: string,
    readonly brokers: string[],
    private readonly databases: Map<Service, TestDatabase>,
    readonly processes: Map<Service, ServiceProcess>,
  ) {}

  /** `env` adds to every service's environment, e.g. an OTLP endpoint; `serviceEnv` to one service's. */
  static async start(name: string, options: PipelineOptions = {}): Promise<PipelineUnderTest> {
    const brokers = testBrokers();
    const topicPrefix = `${uniqueName(name)}.`;
    const databases = new Map<Service, TestDatabase>();
    for (const service of services) {
      const database = await createTestDatabase(`${name}_${service}`);
      databases.set(service, database);
      await run(process.execPath, ['tools/prisma/cli.mjs', 'deploy', `apps/${service}`], {
        cwd: repositoryRoot,
        env: { ...process.env, DATABASE_URL: database.url },
      });
    }
    const processes = new Map<Service, ServiceProcess>();
    for (const service of services) {
      const env = {
        DATABASE_URL: required(databases, service).url,
        KAFKA_BROKERS: brokers.join(','),
        KAFKA_TOPIC_PREFIX: topicPrefix,
        LOG_LEVEL: 'info',
        KAFKA_SESSION_TIMEOUT_MS: '6000',
        AUTH_JWT_SECRET: authJwtSecret,
        ...(service === 'capture' ? { ADMIN_API_KEY: captureAdminKey, RATE_LIMIT_PER_SECOND: '1000', RATE_LIMIT_BURST: '1000' } : {}),
        ...options.env,
        ...options.serviceEnv?.[service],
      };
      // Below the kernel's ephemeral range, so a client connection cannot hold the port a service is given.
      const port = await freePort('127.0.0.1', 20_000 + Math.floor(Math.random() * 12_000));
      processes.set(service, new ServiceProcess(service, port, env, join(repositoryRoot, 'tmp', 'e2e-logs', topicPrefix)));
    }
    const pipeline = new PipelineUnderTest(topicPrefix, brokers, databases, processes);
    const started = await Promise.allSettled([...processes.values()].map((serviceProcess) => serviceProcess.start()));
    const failure = started.find((result) => result.status === 'rejected');
    if (failure) {
      await pipeline.stop();
      throw failure.reason;
    }
    return pipeline;
  }

  topic(eventType: string): string {
    return `${this.topicPrefix}${eventType}`;
  }

  service(service: Service): ServiceProcess {
    return required(this.processes, service);
  }

  /** The service's database, e.g. to take it away (`goDown`) and give it back (`comeBack`). */
  database(service: Service): TestDatabase {
    return required(this.databases, service);
  }

  async query<Row extends object>(service: Service, sql: string, values: unknown[] = []): Promise<Row[]> {
    let pool = this.pools.get(service);
    if (!pool) {
      pool = required(this.databases, service).pool(2);
      this.pools.set(service, pool);
    }
    return (await pool.query<Row>(sql, values)).rows;
  }

  async count(service: Service, sql: string, values: unknown[] = []): Promise<number> {
    const [row] = await this.query<{ count: string }>(service, sql, values);
    return Number(row.count);
  }

  /** An admin's, or the given rep's, bearer token as an identity provider would issue it, once per identity. */
  async authorization(as: Identity = { admin: true }): Promise<Record<string, string>> {
    const claims: TokenClaims = 'rep' in as ? { sub: as.rep, roles: ['rep'] } : { sub: 'e2e-admin', roles: ['admin'] };
    const key = `${claims.roles[0]}:${claims.sub}`;
    let token = this.tokens.get(key);
    if (!token) {
      token = issueToken(authJwtSecret, claims, { expiresIn: '1h' });
      this.tokens.set(key, token);
    }
    return { authorization: `Bearer ${await token}` };
  }

  /** Calls a service as an admin, or as the rep given. */
  async request(service: Service, method: string, path: string, body?: unknown, as: Identity = { admin: true }): Promise<Response> {
    return this.send(service, method, path, body, await this.authorization(as));
  }

  /** Calls a service with the credentials given, the body as JSON. */
  send(service: Service, method: string, path: string, body: unknown, headers: Record<string, string>): Promise<Response> {
    return fetch(`${this.service(service).url}${path}`, {
      method,
      headers: { ...headers, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  }

  /** Posts with the API key of the lead's source (capture takes the source from the key). */
  async postLead(body: { source?: string }): Promise<Response> {
    const key = await this.captureApiKey(body.source ?? 'e2e');
    return this.send('capture', 'POST', '/v1/leads', body, { authorization: `Bearer ${key}` });
  }

  /** Capture accepts leads only from a source holding an API key, created once per source through its admin endpoint. */
  private captureApiKey(source: string): Promise<string> {
    const existing = this.captureKeys.get(source);
    if (existing) return existing;
    const created = this.send('capture', 'POST', '/v1/admin/api-keys', { name: `end-to-end ${source}`, source }, { authorization: `Bearer ${captureAdminKey}` }).then(async (response) => {
      if (response.status !== 201) throw new Error(`capture refused an API key: ${response.status} ${await response.text()}`);
      return ((await response.json()) as { key: string }).key;
    });
    this.captureKeys.set(source, created);
    return created;
  }

  async stop(): Promise<void> {
    await Promise.all([...this.processes.values()].map((serviceProcess) => serviceProcess.stop()));
    await Promise.all([...this.databases.values()].map((database) => database.drop()));
  }
}

function required<Value>(map: Map<Service, Value>, service: Service): Value {
  const value = map.get(service);
  if (value === undefined) throw new Error(`${service} is not part of the pipeline`);
  return value;
}
