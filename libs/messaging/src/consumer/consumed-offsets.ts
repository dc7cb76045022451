import { OffsetsByTopicPartition } from 'kafkajs';

/** The last message of a partition that a consumer has applied. */
export interface ConsumedOffset {
  topic: string;
  partition: number;
  offset: string;
}

/**
 * One commit for several partitions' progress: Kafka records the next offset to read, one past the
 * last applied, and a partition named twice keeps its furthest offset.
 */
export function offsetsToCommit(consumed: ConsumedOffset[]): OffsetsByTopicPartition {
  const next = new Map<string, Map<number, bigint>>();
  for (const { topic, partition, offset } of consumed) {
    const partitions = next.get(topic) ?? new Map<number, bigint>();
    next.set(topic, partitions);
    const candidate = BigInt(offset) + 1n;
    if (candidate > (partitions.get(partition) ?? -1n)) partitions.set(partition, candidate);
  }
  return {
    topics: [...next].map(([topic, partitions]) => ({
      topic,
      partitions: [...partitions].map(([partition, offset]) => ({ partition, offset: offset.toString() })),
    })),
  };
}
