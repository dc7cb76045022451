import { containerRuntimeHost } from './container-runtime';
import { freePort } from './free-port';
import { pinnedKafkaVersion } from './pinned-kafka-version';

// A fixed id keeps the container definition identical between runs, so it can be reused.
const CLUSTER_ID = 'QWNjb3JkVGVzdEthZmthMQ';
const CONTROLLER_PORT = 29093;

/**
 * Starts the official apache/kafka image at the pinned version in KRaft mode and returns its
 * bootstrap address. The client port is the same inside and outside the container, so the
 * advertised address works from both sides; the container is reusable, so a second run (or a
 * second test process) gets the same broker instead of a new one.
 */
export async function startKafkaContainer(preferredPort: number): Promise<string[]> {
  const { GenericContainer, Wait } = await import('testcontainers');
  const host = await containerRuntimeHost();
  const port = await freePort('127.0.0.1', preferredPort);

  await new GenericContainer(`apache/kafka:${pinnedKafkaVersion()}`)
    .withExposedPorts({ container: port, host: port })
    .withEnvironment({
      CLUSTER_ID,
      KAFKA_NODE_ID: '1',
      KAFKA_PROCESS_ROLES: 'broker,controller',
      KAFKA_LISTENERS: `PLAINTEXT://0.0.0.0:${port},CONTROLLER://127.0.0.1:${CONTROLLER_PORT}`,
      KAFKA_ADVERTISED_LISTENERS: `PLAINTEXT://${host}:${port}`,
      KAFKA_LISTENER_SECURITY_PROTOCOL_MAP: 'PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT',
      KAFKA_CONTROLLER_LISTENER_NAMES: 'CONTROLLER',
      KAFKA_CONTROLLER_QUORUM_VOTERS: `1@127.0.0.1:${CONTROLLER_PORT}`,
      KAFKA_INTER_BROKER_LISTENER_NAME: 'PLAINTEXT',
      KAFKA_AUTO_CREATE_TOPICS_ENABLE: 'false',
      KAFKA_NUM_PARTITIONS: '1',
      KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR: '1',
      KAFKA_OFFSETS_TOPIC_NUM_PARTITIONS: '10',
      KAFKA_TRANSACTION_STATE_LOG_REPLICATION_FACTOR: '1',
      KAFKA_TRANSACTION_STATE_LOG_MIN_ISR: '1',
      KAFKA_SHARE_COORDINATOR_STATE_TOPIC_REPLICATION_FACTOR: '1',
      KAFKA_SHARE_COORDINATOR_STATE_TOPIC_MIN_ISR: '1',
      KAFKA_GROUP_INITIAL_REBALANCE_DELAY_MS: '0',
    })
    .withWaitStrategy(Wait.forLogMessage(/Kafka Server started/))
    .withStartupTimeout(120_000)
    .withReuse()
    .start();

  return [`${host}:${port}`];
}
