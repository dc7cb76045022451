import { IHeaders, Kafka, logLevel } from 'kafkajs';

/** Talks to the broker beneath the services, to inject what no well-behaved producer would send. */
export class RawKafka {
  private readonly kafka: Kafka;

  constructor(brokers: string[]) {
    this.kafka = new Kafka({ clientId: 'pipeline-e2e', brokers, logLevel: logLevel.NOTHING });
  }

  async produce(topic: string, messages: { key: string; value: string; headers?: IHeaders }[]): Promise<void> {
    const producer = this.kafka.producer({ allowAutoTopicCreation: false });
    await producer.connect();
    try {
      await producer.send({ topic, messages, acks: -1 });
    } finally {
      await producer.disconnect();
    }
  }

  /** The topics whose names start with `prefix`, e.g. every topic of one test run. */
  async topics(prefix: string): Promise<string[]> {
    const admin = this.kafka.admin();
    await admin.connect();
    try {
      return (await admin.listTopics()).filter((topic) => topic.startsWith(prefix)).sort();
    } finally {
      await admin.disconnect();
    }
  }

  /** Every message on a topic from the beginning, with headers decoded as text. */
  async readAll(topic: string): Promise<{ key: string | null; value: string | null; headers: Record<string, string> }[]> {
    const admin = this.kafka.admin();
    await admin.connect();
    try {
      const offsets = await admin.fetchTopicOffsets(topic);
      const consumer = this.kafka.consumer({ groupId: `reader-${topic}-${Date.now()}-${Math.random()}` });
      const wanted = offsets.reduce((sum, partition) => sum + Number(partition.high) - Number(partition.low), 0);
      const received: { key: string | null; value: string | null; headers: Record<string, string> }[] = [];
      if (wanted === 0) return received;
      await consumer.connect();
      await consumer.subscribe({ topic, fromBeginning: true });
      await new Promise<void>((resolve) => {
        void consumer.run({
          eachMessage: async ({ message }) => {
            received.push({
              key: message.key?.toString() ?? null,
              value: message.value?.toString() ?? null,
              headers: Object.fromEntries(
                Object.entries(message.headers ?? {}).map(([name, value]) => [name, String(value)]),
              ),
            });
            if (received.length >= wanted) resolve();
          },
        });
      });
      await consumer.disconnect();
      return received;
    } finally {
      await admin.disconnect();
    }
  }
}
