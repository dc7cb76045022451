import { DynamicModule, Module } from '@nestjs/common';
import { Kafka, Producer } from 'kafkajs';
import { Pool } from 'pg';
import { createOutageTolerantPool } from '../database/outage-tolerant-pool';
import { KafkaEventServer } from '../consumer/kafka-event-server';
import { createKafkaConnection } from '../kafka/kafka-connection';
import { createReliableProducer } from '../kafka/producer-factory';
import { Outbox } from '../outbox/outbox';
import { defaultOutboxRelayOptions, OutboxRelay } from '../outbox/outbox-relay';
import { TransactionalDatabase } from '../sql-executor';
import { KafkaReadiness } from './kafka-readiness.service';
import { MESSAGING_SERVICE, MessagingLifecycle } from './messaging-lifecycle';
import { MessagingModuleOptions, MessagingSettings } from './messaging-settings';
import { KAFKA, KAFKA_PRODUCER, MESSAGING_SETTINGS, OUTBOX_POOL } from './messaging-tokens';

@Module({})
export class MessagingModule {
  static forRootAsync(options: MessagingModuleOptions): DynamicModule {
    return {
      module: MessagingModule,
      global: true,
      imports: options.imports ?? [],
      providers: [
        { provide: MESSAGING_SERVICE, useValue: options.service },
        { provide: MESSAGING_SETTINGS, useFactory: options.useFactory, inject: options.inject ?? [] },
        {
          provide: KAFKA,
          useFactory: (settings: MessagingSettings) =>
            createKafkaConnection({ brokers: settings.brokers, clientId: options.service, logger: settings.logger }),
          inject: [MESSAGING_SETTINGS],
        },
        { provide: KAFKA_PRODUCER, useFactory: createReliableProducer, inject: [KAFKA] },
        {
          provide: OUTBOX_POOL,
          useFactory: (settings: MessagingSettings) =>
            createOutageTolerantPool(
              { connectionString: settings.databaseUrl, max: 2, application_name: `${options.service}-outbox-relay` },
              (error) => settings.logger.warn({ err: error.message }, 'outbox pool connection lost'),
            ),
          inject: [MESSAGING_SETTINGS],
        },
        {
          provide: Outbox,
          useFactory: (settings: MessagingSettings) => new Outbox(options.service, settings.topicPrefix),
          inject: [MESSAGING_SETTINGS],
        },
        {
          provide: OutboxRelay,
          useFactory: (pool: Pool, producer: Producer, settings: MessagingSettings) =>
            new OutboxRelay(pool, producer, settings.logger, { ...defaultOutboxRelayOptions, lingerMs: settings.outboxLingerMs ?? defaultOutboxRelayOptions.lingerMs }),
          inject: [OUTBOX_POOL, KAFKA_PRODUCER, MESSAGING_SETTINGS],
        },
        {
          provide: KafkaEventServer,
          useFactory: (kafka: Kafka, producer: Producer, database: TransactionalDatabase, settings: MessagingSettings) =>
            new KafkaEventServer({
              kafka,
              producer,
              database,
              consumerGroup: `${settings.topicPrefix}${options.service}`,
              topicPrefix: settings.topicPrefix,
              logger: settings.logger,
              topicLayout: settings.topicLayout,
              partitionsConsumedConcurrently: settings.partitionsConsumedConcurrently,
              sessionTimeoutMs: settings.sessionTimeoutMs,
              maxBatchSize: settings.maxBatchSize,
              fetch: settings.fetch,
              offsetCommitIntervalMs: settings.offsetCommitIntervalMs,
            }),
          inject: [KAFKA, KAFKA_PRODUCER, options.database, MESSAGING_SETTINGS],
        },
        KafkaReadiness,
        MessagingLifecycle,
      ],
      exports: [Outbox, OutboxRelay, KafkaEventServer, KafkaReadiness],
    };
  }
}
