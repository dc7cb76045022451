import { privateKafka } from './private-kafka';

export default async function chaosGlobalTeardown(): Promise<void> {
  await privateKafka.stop();
}
