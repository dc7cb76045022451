import { containerRuntimeAnswers } from './container-runtime';
import { kafkaAnswers } from './kafka-broker-probe';
import { startKafkaContainer } from './kafka-container';
import { startLocalKafka } from './local-kafka-script';

export interface KafkaForTests {
  brokers: string[];
}

let found: Promise<KafkaForTests> | undefined;

/**
 * A real Kafka broker for tests, found or started once per process:
 * 1. KAFKA_BROKERS (comma-separated) when it answers;
 * 2. a broker already answering on 127.0.0.1:KAFKA_PORT (9092 by default);
 * 3. the pinned apache/kafka image through testcontainers when a container runtime answers;
 * 4. otherwise, or when that container does not start, the pinned broker on the local JVM
 *    through infra/kafka/kafka.sh.
 */
export function kafkaForTests(): Promise<KafkaForTests> {
  found ??= findKafka().catch((error: unknown) => {
    found = undefined;
    throw error;
  });
  return found;
}

async function findKafka(): Promise<KafkaForTests> {
  const configured = brokersFromEnvironment();
  if (configured && (await kafkaAnswers(configured))) return { brokers: configured };
  if (configured) {
    process.stderr.write(
      `@accord/testing: KAFKA_BROKERS=${configured.join(',')} does not answer; looking further\n`,
    );
  }

  const port = Number(process.env['KAFKA_PORT'] ?? 9092);
  const local = [`127.0.0.1:${port}`];
  if (await kafkaAnswers(local)) return { brokers: local };

  const brokers = (await containerRuntimeAnswers())
    ? await startKafkaContainer(port).catch((error: unknown) => {
        // A container runtime that cannot pull the image (no registry access) is common in CI.
        process.stderr.write(
          `@accord/testing: Kafka container did not start (${String(error)}); using the local JVM\n`,
        );
        return startLocalKafka(port);
      })
    : await startLocalKafka(port);
  if (!(await kafkaAnswers(brokers, 10_000))) {
    throw new Error(`Kafka was started at ${brokers.join(',')} but does not answer`);
  }
  return { brokers };
}

function brokersFromEnvironment(): string[] | undefined {
  const brokers = (process.env['KAFKA_BROKERS'] ?? '')
    .split(',')
    .map((broker) => broker.trim())
    .filter(Boolean);
  return brokers.length > 0 ? brokers : undefined;
}
