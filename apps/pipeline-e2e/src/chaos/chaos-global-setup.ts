import { join } from 'node:path';
import { buildPrivately } from './private-build';
import { privateKafka } from './private-kafka';

/** Builds the services privately, starts the run's own broker on an empty data directory and points every worker at both. */
export default async function chaosGlobalSetup(): Promise<void> {
  const build = join('tmp', `chaos-build-${privateKafka.port}`, 'dist');
  await buildPrivately(build);
  process.env['E2E_BUILD_DIR'] = build;
  await privateKafka.reset();
  await privateKafka.start();
  process.env['KAFKA_BROKERS'] = privateKafka.brokers.join(',');
}
