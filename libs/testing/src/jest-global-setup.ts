import { kafkaForTests } from './kafka-for-tests';
import { postgresForTests } from './postgres-for-tests';

/**
 * Jest global setup: finds (or starts) Kafka and PostgreSQL once per test run and publishes them
 * in the environment, which the test workers inherit.
 */
export default async function accordJestGlobalSetup(): Promise<void> {
  const [kafka, postgres] = await Promise.all([kafkaForTests(), postgresForTests()]);
  process.env['KAFKA_BROKERS'] = kafka.brokers.join(',');
  process.env['TEST_DATABASE_ADMIN_URL'] = postgres.adminUrl;
}
