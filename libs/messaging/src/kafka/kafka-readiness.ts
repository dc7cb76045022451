import { Kafka } from 'kafkajs';

/** True when a broker answers a metadata request within the timeout. */
export async function kafkaAnswers(kafka: Kafka, timeoutMs = 2_000): Promise<boolean> {
  const admin = kafka.admin();
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`Kafka did not answer within ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    await Promise.race([admin.connect().then(() => admin.describeCluster()), timeout]);
    return true;
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
    await admin.disconnect().catch(() => undefined);
  }
}
