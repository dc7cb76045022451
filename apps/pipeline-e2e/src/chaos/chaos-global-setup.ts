import { privateKafka } from './private-kafka';

/** Starts the chaos run's private broker on an empty data directory and points every worker at it. */
export default async function chaosGlobalSetup(): Promise<void> {
  await privateKafka.reset();
  await privateKafka.start();
  process.env['KAFKA_BROKERS'] = privateKafka.brokers.join(',');
}
