import { randomBytes, randomUUID } from 'node:crypto';
import { Kafka, logLevel } from 'kafkajs';
import { createServedTopics } from '@accord/testing';

export interface RawKafkaLimits {
  messageBytes: number;
  producedPerSecond: number;
  consumedPerSecond: number;
}

/**
 * The broker's limit on this machine for messages of Accord's size: kafkajs producing as the outbox
 * relay does (idempotent, acks=all, one request in flight, batches), then one consumer reading them all back.
 */
export async function rawKafkaLimits(options: { brokers: string[]; topicPrefix: string; partitions: number; seconds: number; messageBytes: number }): Promise<RawKafkaLimits> {
  const kafka = new Kafka({ clientId: 'bench-raw', brokers: options.brokers, logLevel: logLevel.NOTHING });
  const topic = `${options.topicPrefix}bench.raw.limit.v1`;
  const admin = kafka.admin();
  await admin.connect();
  await createServedTopics(admin, [{ topic, numPartitions: options.partitions }]);
  const value = randomBytes(Math.ceil(options.messageBytes / 2)).toString('hex').slice(0, options.messageBytes);

  const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1, allowAutoTopicCreation: false });
  await producer.connect();
  const started = Date.now();
  const endAt = started + options.seconds * 1000;
  let produced = 0;
  while (Date.now() < endAt) {
    const messages = Array.from({ length: 200 }, () => ({ key: randomUUID(), value }));
    await producer.send({ topic, acks: -1, messages });
    produced += messages.length;
  }
  const producedPerSecond = produced / ((Date.now() - started) / 1000);
  await producer.disconnect();

  const consumer = kafka.consumer({ groupId: `${options.topicPrefix}bench-raw-reader`, maxWaitTimeInMs: 20 });
  await consumer.connect();
  await consumer.subscribe({ topic, fromBeginning: true });
  let consumed = 0;
  let firstAt = 0;
  let lastAt = 0;
  await new Promise<void>((resolve) => {
    void consumer.run({
      partitionsConsumedConcurrently: options.partitions,
      eachBatch: async ({ batch }) => {
        if (firstAt === 0) firstAt = Date.now();
        consumed += batch.messages.length;
        lastAt = Date.now();
        if (consumed >= produced) resolve();
      },
    });
  });
  await consumer.disconnect();
  await admin.deleteTopics({ topics: [topic] }).catch(() => undefined);
  await admin.disconnect();
  return { messageBytes: options.messageBytes, producedPerSecond, consumedPerSecond: consumed / Math.max(0.001, (lastAt - firstAt) / 1000) };
}
