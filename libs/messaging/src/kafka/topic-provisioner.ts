import { Kafka } from 'kafkajs';
import { deadLetterTopicFor } from '@accord/contracts';

export interface TopicLayout {
  partitions: number;
  replicationFactor: number;
}

const attempts = 20;

/**
 * Creates each topic and its dead-letter topic when missing; existing topics are left as they are.
 * Services start together and race to create shared topics, and a just-created topic can briefly
 * report unknown partitions, so the whole check is retried until every topic is there.
 */
export async function provisionTopics(kafka: Kafka, topics: string[], layout: TopicLayout): Promise<string[]> {
  const wanted = [...new Set(topics.flatMap((topic) => [topic, deadLetterTopicFor(topic)]))];
  // Short client retries: a topic another service is creating right now shows up on the next listing.
  const admin = kafka.admin({ retry: { initialRetryTime: 100, retries: 3, maxRetryTime: 1_000 } });
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
        await new Promise((resolve) => setTimeout(resolve, Math.min(2_000, 100 * attempt)));
      }
    }
  } finally {
    await admin.disconnect();
  }
}
