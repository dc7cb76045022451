import { Kafka, logLevel } from 'kafkajs';
import { testBrokers, uniqueName } from '@accord/testing';
import { provisionTopics } from './topic-provisioner';

describe('provisionTopics', () => {
  const kafka = new Kafka({
    clientId: 'provisioner-test',
    brokers: testBrokers(),
    logLevel: logLevel.NOTHING,
  });

  it('creates each topic with its dead-letter topic once, also when several services race', async () => {
    const topic = `${uniqueName('race')}.capture.lead.captured.v1`;
    const layout = { partitions: 3, replicationFactor: 1 };
    await Promise.all(Array.from({ length: 5 }, () => provisionTopics(kafka, [topic], layout)));

    const admin = kafka.admin();
    await admin.connect();
    const metadata = await admin.fetchTopicMetadata({ topics: [topic, `${topic}.dlq`] });
    await admin.disconnect();
    const partitionsByTopic = metadata.topics.map((t) => [t.name, t.partitions.length]);
    expect(partitionsByTopic.sort()).toEqual([
      [topic, 3],
      [`${topic}.dlq`, 3],
    ]);
  });
});
