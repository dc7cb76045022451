import { Kafka } from 'kafkajs';
import { deadLetterTopicFor } from '@accord/contracts';

export interface TopicLayout {
  partitions: number;
  replicationFactor: number;
}

const attempts = 8;

/**
 * Creates each topic and its dead-letter topic when missing; existing topics are left as they are.
 * Services start together and race to create shared topics, and a just-created topic can briefly
 * report unknown partitions, so the whole check is retried until every topic is there.
 */
export async function provisionTopics(kafka: Kafka, topics: string[], layout: TopicLayout): Promise<string[]> {
  const wanted = [...new Set(topics.flatMap((topic) => [topic, deadLetterTopicFor(topic)]))];
  const admin = kafka.admin();
  await admin.connect();
  const created: string[] = [];
  try {
    for (let attempt = 1; ; attempt++) {
      try {
        const existing = new Set(await admin.listTopics());
        const missing = wanted.filter((topic) => !existing.has(topic));
        if (missing.length === 0) return created;
        await admin.createTopics({
          waitForLeaders: true,
          topics: missing.map((topic) => ({
            topic,
            numPartitions: layout.partitions,
            replicationFactor: layout.replicationFactor,
          })),
        });
        created.push(...missing);
      } catch (error) {
        if (attempt >= attempts) throw error;
        await new Promise((resolve) => setTimeout(resolve, 250 * attempt));
      }
    }
  } finally {
    await admin.disconnect();
  }
}
