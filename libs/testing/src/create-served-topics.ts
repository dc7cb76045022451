import { Admin, ITopicConfig } from 'kafkajs';
import { eventually } from './eventually';

/**
 * Creates topics and returns once the broker serves every partition. A just-created topic can name its
 * leader before that broker hosts the partition, so kafkajs's own wait for leaders may fail with
 * "This server does not host this topic-partition"; offsets only answer once the partitions are served.
 */
export async function createServedTopics(admin: Admin, topics: ITopicConfig[]): Promise<void> {
  await admin.createTopics({ topics, waitForLeaders: false });
  await eventually(
    async () => {
      for (const { topic } of topics) await admin.fetchTopicOffsets(topic);
    },
    { timeoutMs: 30_000 },
  );
}
