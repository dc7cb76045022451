import { InjectionToken, ModuleMetadata, OptionalFactoryDependency } from '@nestjs/common';
import { FetchSettings } from '../consumer/kafka-event-server';
import { TopicLayout } from '../kafka/topic-provisioner';
import { MessagingLogger } from '../messaging-logger';

export interface MessagingSettings {
  brokers: string[];
  topicPrefix: string;
  databaseUrl: string;
  topicLayout: TopicLayout;
  logger: MessagingLogger;
  partitionsConsumedConcurrently?: number;
  sessionTimeoutMs?: number;
  maxBatchSize?: number;
  fetch?: FetchSettings;
  offsetCommitIntervalMs?: number;
  outboxLingerMs?: number;
}

export interface MessagingModuleOptions {
  /** Producer name in envelopes, Kafka client id and consumer group. */
  service: string;
  /** Provider of the service's database (its Prisma client), used for inbox transactions. */
  database: InjectionToken;
  imports?: ModuleMetadata['imports'];
  inject?: (InjectionToken | OptionalFactoryDependency)[];
  useFactory: (...dependencies: never[]) => MessagingSettings | Promise<MessagingSettings>;
}
