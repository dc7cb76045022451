import { PipelineUnderTest } from '../pipeline-under-test';
import { RawKafka } from '../raw-kafka';

export interface ReadMessage {
  topic: string;
  key: string | null;
  value: string | null;
  headers: Record<string, string>;
}

/** Every message of every topic of this run (its prefix), dead-letter topics included; topics named without the prefix. */
export async function readRunTopics(pipeline: PipelineUnderTest): Promise<ReadMessage[]> {
  const kafka = new RawKafka(pipeline.brokers);
  const messages: ReadMessage[] = [];
  for (const topic of await kafka.topics(pipeline.topicPrefix)) {
    for (const message of await kafka.readAll(topic)) messages.push({ topic: topic.slice(pipeline.topicPrefix.length), ...message });
  }
  return messages;
}
