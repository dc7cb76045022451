import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { ServiceConfig } from '@accord/config';
import { MessagingModule } from '@accord/messaging';
import { createLogger, MetricsModule, TelemetryLoggingModule } from '@accord/telemetry';
import { DependencyAvailability } from '../availability/dependency-availability';
import { RequireDependencies } from '../availability/require-dependencies.guard';
import { AuthenticationGuard } from '../auth/authentication.guard';
import { Authenticator } from '../auth/authenticator';
import { connectDatabaseClient, DatabaseClient, DatabaseClientClass } from '../database/database-client';
import { DatabaseLifecycle } from '../database/database-lifecycle';
import { DATABASE } from '../database/database-tokens';
import { Transactions } from '../database/transactions';
import { HealthController } from '../health/health.controller';
import { ProblemDetailsFilter } from '../http/problem-details.filter';
import { SERVICE_CONFIG } from './service-config.token';

export interface ServiceModuleOptions<Client extends DatabaseClient> {
  service: string;
  config: ServiceConfig;
  databaseClient: DatabaseClientClass<Client>;
}

/** Everything a service has in common: config, logs, metrics, health, authentication, its database and Kafka. */
@Module({})
export class ServiceModule {
  static forRoot<Client extends DatabaseClient>({
    service,
    config,
    databaseClient,
  }: ServiceModuleOptions<Client>): DynamicModule {
    return {
      module: ServiceModule,
      global: true,
      imports: [
        TelemetryLoggingModule.forRoot({ serviceName: service, level: config.LOG_LEVEL }),
        MetricsModule.forRoot({ serviceName: service }),
        MessagingModule.forRootAsync({
          service,
          database: DATABASE,
          useFactory: () => ({
            brokers: config.KAFKA_BROKERS,
            topicPrefix: config.KAFKA_TOPIC_PREFIX,
            databaseUrl: config.DATABASE_URL,
            topicLayout: {
              partitions: config.KAFKA_TOPIC_PARTITIONS,
              replicationFactor: config.KAFKA_REPLICATION_FACTOR,
            },
            sessionTimeoutMs: config.KAFKA_SESSION_TIMEOUT_MS,
            partitionsConsumedConcurrently: config.KAFKA_PARTITIONS_CONSUMED_CONCURRENTLY,
            maxBatchSize: config.KAFKA_CONSUMER_BATCH_SIZE,
            fetch: { minBytes: config.KAFKA_FETCH_MIN_BYTES, maxWaitMs: config.KAFKA_FETCH_MAX_WAIT_MS },
            offsetCommitIntervalMs: config.KAFKA_OFFSET_COMMIT_INTERVAL_MS,
            outboxLingerMs: config.OUTBOX_LINGER_MS,
            logger: createLogger({ serviceName: service, level: config.LOG_LEVEL }),
          }),
        }),
      ],
      controllers: [HealthController],
      providers: [
        { provide: SERVICE_CONFIG, useValue: config },
        {
          provide: databaseClient,
          useFactory: () =>
            connectDatabaseClient(databaseClient, {
              url: config.DATABASE_URL,
              poolSize: config.DATABASE_POOL_SIZE,
              service,
            }),
        },
        { provide: DATABASE, useExisting: databaseClient },
        DatabaseLifecycle,
        DependencyAvailability,
        RequireDependencies,
        Transactions,
        { provide: APP_FILTER, useClass: ProblemDetailsFilter },
        { provide: Authenticator, useValue: new Authenticator(config) },
        { provide: APP_GUARD, useClass: AuthenticationGuard },
      ],
      exports: [SERVICE_CONFIG, databaseClient, DATABASE, Transactions, DependencyAvailability, RequireDependencies, Authenticator],
    };
  }
}
