import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { Kafka, logLevel } from 'kafkajs';
import { createMigratedTestDatabase, freePort, testAuthEnv, testBrokers, TestDatabase, uniqueName } from '@accord/testing';
import { repositoryRoot, ServiceInstance } from './service-instance';

export const services = ['capture', 'enrichment', 'scoring', 'hand-off', 'rewards'] as const;
export type Service = (typeof services)[number];
export const consumerServices: Service[] = ['enrichment', 'scoring', 'hand-off', 'rewards'];

export interface PlatformLayout {
  /** KAFKA_TOPIC_PARTITIONS for every topic the services create. */
  partitions: number;
  /** Processes of each consuming service (capture stays one: the load generator targets one address). */
  instances: number;
  /** DATABASE_POOL_SIZE of each process. */
  poolSize: number;
  logLevel: string;
}

/**
 * The five services built into dist/, as real processes on fresh databases of their own, sharing
 * the local Kafka under a topic prefix no one else uses; like apps/pipeline-e2e's pipeline, with
 * several instances of each consumer per database when asked.
 */
export class PlatformUnderBench {
  private constructor(
    readonly adminKey: string,
    readonly topicPrefix: string,
    readonly brokers: string[],
    readonly layout: PlatformLayout,
    readonly databases: Map<Service, TestDatabase>,
    readonly instances: ServiceInstance[],
  ) {}

  static async start(layout: PlatformLayout): Promise<PlatformUnderBench> {
    const brokers = testBrokers();
    const topicPrefix = `${uniqueName('bench-platform')}.`;
    const adminKey = randomBytes(24).toString('hex');
    const databases = new Map<Service, TestDatabase>();
    const migrated = await Promise.all(services.map((service) => createMigratedTestDatabase(service)));
    services.forEach((service, index) => databases.set(service, migrated[index]));
    const ports = await distinctFreePorts(services.reduce((count, service) => count + (service === 'capture' ? 1 : layout.instances), 0));
    const logDir = join(repositoryRoot, 'tmp', 'bench-logs', topicPrefix);
    const instances = services.flatMap((service) =>
      Array.from({ length: service === 'capture' ? 1 : layout.instances }, (_, instance) => {
        const env: Record<string, string> = {
          DATABASE_URL: databases.get(service)!.url,
          DATABASE_POOL_SIZE: String(layout.poolSize),
          KAFKA_BROKERS: brokers.join(','),
          KAFKA_TOPIC_PREFIX: topicPrefix,
          KAFKA_TOPIC_PARTITIONS: String(layout.partitions),
          KAFKA_SESSION_TIMEOUT_MS: '6000',
          LOG_LEVEL: layout.logLevel,
          ...testAuthEnv(),
          ...extraServiceEnv(),
          ...(service === 'capture' ? { ADMIN_API_KEY: adminKey, RATE_LIMIT_PER_SECOND: '1000000', RATE_LIMIT_BURST: '1000000' } : {}),
        };
        return new ServiceInstance(service, instance, ports.shift()!, env, logDir);
      }),
    );
    const platform = new PlatformUnderBench(adminKey, topicPrefix, brokers, layout, databases, instances);
    process.once('SIGINT', platform.interrupted).once('SIGTERM', platform.interrupted);
    // The producers first, so each topic exists with the asked partitions before its consumers join.
    try {
      await Promise.all(platform.instances.filter((instance) => instance.instance === 0).map((instance) => instance.start()));
      await Promise.all(platform.instances.filter((instance) => instance.instance > 0).map((instance) => instance.start()));
    } catch (error) {
      await platform.dispose();
      throw error;
    }
    return platform;
  }

  instancesOf(service: Service): ServiceInstance[] {
    return this.instances.filter((instance) => instance.service === service);
  }

  runningInstances(): ServiceInstance[] {
    return this.instances.filter((instance) => instance.running);
  }

  /** Capture alone remains, with its relay to Kafka: what it takes when nothing else competes for the cores. */
  async stopConsumers(): Promise<void> {
    await Promise.all(consumerServices.flatMap((service) => this.instancesOf(service)).map((instance) => instance.stop()));
  }

  url(service: Service): string {
    return this.instancesOf(service)[0].url;
  }

  topic(eventType: string): string {
    return `${this.topicPrefix}${eventType}`;
  }

  async stop(): Promise<void> {
    await Promise.all(this.instances.map((instance) => instance.stop()));
  }

  /** The run's topics, so repeated runs do not pile partitions up on the shared broker. */
  async deleteTopics(): Promise<void> {
    const admin = new Kafka({ clientId: 'bench-cleanup', brokers: this.brokers, logLevel: logLevel.NOTHING }).admin();
    await admin.connect();
    try {
      const topics = (await admin.listTopics()).filter((topic) => topic.startsWith(this.topicPrefix));
      if (topics.length > 0) await admin.deleteTopics({ topics });
    } finally {
      await admin.disconnect();
    }
  }

  async dropDatabases(): Promise<void> {
    await Promise.all([...this.databases.values()].map((database) => database.drop()));
  }

  /** Processes, topics and databases gone: what every run ends with, interrupted or not. */
  async dispose(): Promise<void> {
    process.off('SIGINT', this.interrupted).off('SIGTERM', this.interrupted);
    await this.stop();
    await this.deleteTopics().catch(() => undefined);
    await this.dropDatabases();
  }

  /** Ctrl-C during a run still stops the services it started and drops what it made. */
  private readonly interrupted = (): void => {
    console.error('interrupted: stopping the services and dropping the run\'s databases and topics');
    void this.dispose().finally(() => process.exit(130));
  };
}

/** Ports nothing listens on, picked by the OS: a random one in a fixed range can be a client's ephemeral port. */
async function distinctFreePorts(count: number): Promise<number[]> {
  const ports = new Set<number>();
  while (ports.size < count) ports.add(await freePort('127.0.0.1', 0));
  return [...ports];
}

/** BENCH_SERVICE_ENV="NAME=value,..." sets more variables in every service, to try a setting without editing code. */
function extraServiceEnv(): Record<string, string> {
  const pairs = (process.env['BENCH_SERVICE_ENV'] ?? '').split(',').filter((pair) => pair.includes('='));
  return Object.fromEntries(pairs.map((pair) => pair.split(/=(.*)/s, 2).map((part) => part.trim())));
}
