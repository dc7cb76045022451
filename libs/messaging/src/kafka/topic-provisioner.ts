import { Kafka } from 'kafkajs';
import { deadLetterTopicFor } from '@accord/contracts';

export interface TopicLayout {
  partitions: number;
  replicationFactor: number;
}

/** Creates each topic and its dead-letter topic when missing; existing topics are left as they are. */
export async function provisionTopics(kafka: Kafka, topics: string[], layout: TopicLayout): Promise<string[]> {
  const wanted = [...new Set(topics.flatMap((topic) => [topic, deadLetterTopicFor(topic)]))];
  const admin = kafka.admin();
  await admin.connect();
  try {
    const existing = new Set(await admin.listTopics());
    const missing = wanted.filter((topic) => !existing.has(topic));
    if (missing.length > 0) {
      await admin.createTopics({
        waitForLeaders: true,
        topics: missing.map((topic) => ({
          topic,
          numPartitions: layout.partitions,
          replicationFactor: layout.replicationFactor,
        })),
      });
    }
    return missing;
  } finally {
    await admin.disconnect();
  }
}
