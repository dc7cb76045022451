import { z } from 'zod';
import { authConfigShape } from './auth-config.schema';
import { commaSeparatedList, logLevel, nonNegativeInteger, port, positiveInteger, postgresUrl } from './env-types';

/** Every service reads these; a service extends the schema with its own variables. */
export const serviceConfigSchema = z.object({
  PORT: port(3000),
  HOST: z.string().default('0.0.0.0'),
  DATABASE_URL: postgresUrl,
  DATABASE_POOL_SIZE: positiveInteger(10),
  KAFKA_BROKERS: commaSeparatedList,
  /** Separates environments that share one cluster, e.g. `staging.`; topics keep their event-type names after it. */
  KAFKA_TOPIC_PREFIX: z.string().regex(/^([a-z0-9-]+\.)?$/, 'must be empty or like staging.').default(''),
  KAFKA_TOPIC_PARTITIONS: positiveInteger(3),
  KAFKA_REPLICATION_FACTOR: positiveInteger(1),
  /** How long the group waits for a silent consumer before its partitions move to another instance. */
  KAFKA_SESSION_TIMEOUT_MS: positiveInteger(15_000),
  /** Partitions (of all its topics) whose fetched messages an instance applies together, in one transaction; each keeps its own order. */
  KAFKA_PARTITIONS_CONSUMED_CONCURRENTLY: positiveInteger(16),
  /** Messages of one partition in a transaction's share of it (1 = one at a time). */
  KAFKA_CONSUMER_BATCH_SIZE: positiveInteger(100),
  /** The broker answers a fetch once it holds this many bytes or KAFKA_FETCH_MAX_WAIT_MS passed: fewer, fuller batches for some latency. */
  KAFKA_FETCH_MIN_BYTES: positiveInteger(1),
  KAFKA_FETCH_MAX_WAIT_MS: positiveInteger(100),
  /** How long a consumer gathers applied offsets into one commit; after a restart or rebalance the events since come again and the inbox skips them. */
  KAFKA_OFFSET_COMMIT_INTERVAL_MS: nonNegativeInteger(1_000),
  /** How long the outbox relay lets committed events gather before it claims and sends them together (0 = at once). */
  OUTBOX_LINGER_MS: nonNegativeInteger(5),
  LOG_LEVEL: logLevel,
  SHUTDOWN_TIMEOUT_MS: positiveInteger(15_000),
  ...authConfigShape,
});

export type ServiceConfig = z.infer<typeof serviceConfigSchema>;
