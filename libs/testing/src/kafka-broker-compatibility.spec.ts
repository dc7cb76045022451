import { Admin, Consumer, EachMessagePayload, Kafka, logLevel, Partitioners } from 'kafkajs';
import { createServedTopics } from './create-served-topics';
import { eventually } from './eventually';
import { kafkaForTests } from './kafka-for-tests';
import { pinnedKafkaVersion } from './pinned-kafka-version';
import { uniqueName } from './unique-name';

// The features Accord's messaging relies on, exercised with kafkajs against the pinned broker.
describe(`kafkajs against Apache Kafka ${pinnedKafkaVersion()}`, () => {
  const runId = uniqueName('compat');
  const createdTopics: string[] = [];
  const openConsumers = new Set<Consumer>();
  let kafka: Kafka;
  let admin: Admin;

  beforeAll(async () => {
    const { brokers } = await kafkaForTests();
    // kafkajs logs every rebalance a member is asked to join as an error; the assertions say more.
    kafka = new Kafka({ clientId: runId, brokers, logLevel: logLevel.NOTHING });
    admin = kafka.admin();
    await admin.connect();
  });

  afterEach(async () => {
    await Promise.all([...openConsumers].map((consumer) => consumer.disconnect()));
    openConsumers.clear();
  });

  afterAll(async () => {
    if (createdTopics.length > 0) await admin.deleteTopics({ topics: createdTopics });
    await admin.disconnect();
  });

  async function createTopic(label: string, numPartitions: number): Promise<string> {
    const topic = `${runId}.${label}`;
    await createServedTopics(admin, [{ topic, numPartitions, replicationFactor: 1 }]);
    createdTopics.push(topic);
    return topic;
  }

  async function produce(topic: string, messages: { key: string; value: string }[]): Promise<void> {
    const producer = kafka.producer({
      idempotent: true,
      maxInFlightRequests: 1,
      allowAutoTopicCreation: false,
      createPartitioner: Partitioners.DefaultPartitioner,
    });
    await producer.connect();
    try {
      await producer.send({ topic, acks: -1, messages });
    } finally {
      await producer.disconnect();
    }
  }

  function consumerIn(groupId: string): Consumer {
    // Short fetch waits and heartbeats let members notice rebalances and leave quickly.
    const consumer = kafka.consumer({
      groupId,
      heartbeatInterval: 500,
      maxWaitTimeInMs: 500,
      allowAutoTopicCreation: false,
    });
    openConsumers.add(consumer);
    return consumer;
  }

  async function leave(consumer: Consumer): Promise<void> {
    await consumer.disconnect();
    openConsumers.delete(consumer);
  }

  /** Keeps the partitions of `topic` last assigned to `consumer`, as the group reports them. */
  function trackAssignment(consumer: Consumer, topic: string): { partitions: number[] } {
    const latest = { partitions: [] as number[] };
    consumer.on(consumer.events.GROUP_JOIN, ({ payload }) => {
      latest.partitions = [...(payload.memberAssignment[topic] ?? [])].sort((a, b) => a - b);
    });
    return latest;
  }

  function keyed(batch: string, count: number, distinctKeys = 7): { key: string; value: string }[] {
    return Array.from({ length: count }, (_, index) => ({
      key: `lead-${index % distinctKeys}`,
      value: `${batch}-${index}`,
    }));
  }

  const range = (count: number): number[] => Array.from({ length: count }, (_, index) => index);

  it('creates a topic with several partitions and lists it back', async () => {
    const topic = await createTopic('partitions', 6);

    expect(await admin.listTopics()).toContain(topic);
    const metadata = await admin.fetchTopicMetadata({ topics: [topic] });
    expect(metadata.topics).toHaveLength(1);
    expect(metadata.topics[0]?.partitions.map((partition) => partition.partitionId).sort()).toEqual(
      range(6),
    );
  }, 30_000);

  it('delivers every keyed message from an idempotent acks=all producer to a consumer group, in order per key', async () => {
    const topic = await createTopic('delivery', 3);
    const sent = keyed('delivery', 42);
    await produce(topic, sent);

    const received: EachMessagePayload[] = [];
    const consumer = consumerIn(`${runId}.delivery`);
    await consumer.connect();
    await consumer.subscribe({ topic, fromBeginning: true });
    await consumer.run({ eachMessage: async (payload) => void received.push(payload) });

    await eventually(() => expect(received).toHaveLength(sent.length), { timeoutMs: 30_000 });
    const valuesByKey = new Map<string, string[]>();
    const partitionsByKey = new Map<string, Set<number>>();
    for (const { message, partition } of received) {
      const key = message.key?.toString() ?? '';
      valuesByKey.set(key, [...(valuesByKey.get(key) ?? []), message.value?.toString() ?? '']);
      partitionsByKey.set(key, (partitionsByKey.get(key) ?? new Set()).add(partition));
    }
    for (const [key, values] of valuesByKey) {
      expect(values).toEqual(
        sent.filter((message) => message.key === key).map((message) => message.value),
      );
      expect(partitionsByKey.get(key)?.size).toBe(1);
    }
    expect(valuesByKey.size).toBe(7);
  }, 60_000);

  it('splits partitions between two members of a group and hands them all to the one that stays', async () => {
    const partitionCount = 4;
    const topic = await createTopic('rebalance', partitionCount);
    const groupId = `${runId}.rebalance`;
    const receivedBy = { first: [] as string[], second: [] as string[] };

    const first = consumerIn(groupId);
    const firstAssignment = trackAssignment(first, topic);
    await first.connect();
    await first.subscribe({ topic, fromBeginning: true });
    await first.run({
      eachMessage: async ({ message }) => void receivedBy.first.push(String(message.value)),
    });
    await eventually(() => expect(firstAssignment.partitions).toEqual(range(partitionCount)), {
      timeoutMs: 30_000,
    });

    const second = consumerIn(groupId);
    const secondAssignment = trackAssignment(second, topic);
    await second.connect();
    await second.subscribe({ topic, fromBeginning: true });
    await second.run({
      eachMessage: async ({ message }) => void receivedBy.second.push(String(message.value)),
    });
    await eventually(
      () => {
        expect(firstAssignment.partitions.length).toBeGreaterThan(0);
        expect(secondAssignment.partitions.length).toBeGreaterThan(0);
        const both = [...firstAssignment.partitions, ...secondAssignment.partitions].sort(
          (a, b) => a - b,
        );
        expect(both).toEqual(range(partitionCount));
      },
      { timeoutMs: 30_000 },
    );

    const whileShared = keyed('shared', 40, 40);
    await produce(topic, whileShared);
    await eventually(
      () => {
        expect(receivedBy.first.length).toBeGreaterThan(0);
        expect(receivedBy.second.length).toBeGreaterThan(0);
        expect([...receivedBy.first, ...receivedBy.second].sort()).toEqual(
          whileShared.map((message) => message.value).sort(),
        );
      },
      { timeoutMs: 30_000 },
    );

    await leave(second);
    await eventually(() => expect(firstAssignment.partitions).toEqual(range(partitionCount)), {
      timeoutMs: 30_000,
    });

    const afterLeaving = keyed('alone', 40, 40);
    await produce(topic, afterLeaving);
    await eventually(
      () =>
        expect(receivedBy.first.filter((value) => value.startsWith('alone-')).sort()).toEqual(
          afterLeaving.map((message) => message.value).sort(),
        ),
      { timeoutMs: 30_000 },
    );
  }, 120_000);

  it('resumes a group from its committed offsets in a new consumer', async () => {
    const topic = await createTopic('resume', 2);
    const groupId = `${runId}.resume`;
    const before = keyed('before', 10);
    await produce(topic, before);

    const firstValues: string[] = [];
    const first = consumerIn(groupId);
    await first.connect();
    await first.subscribe({ topic, fromBeginning: true });
    await first.run({
      autoCommit: false,
      eachMessage: async ({ topic: from, partition, message }) => {
        firstValues.push(String(message.value));
        await first.commitOffsets([
          { topic: from, partition, offset: (BigInt(message.offset) + 1n).toString() },
        ]);
      },
    });
    await eventually(() => expect(firstValues.sort()).toEqual(before.map((m) => m.value).sort()), {
      timeoutMs: 30_000,
    });

    const committed = await admin.fetchOffsets({ groupId, topics: [topic] });
    const committedTotal = committed[0]?.partitions.reduce(
      (sum, { offset }) => sum + Number(offset),
      0,
    );
    expect(committedTotal).toBe(before.length);
    await leave(first);

    const after = keyed('after', 5);
    await produce(topic, after);

    const secondValues: string[] = [];
    const second = consumerIn(groupId);
    await second.connect();
    await second.subscribe({ topic, fromBeginning: true });
    await second.run({
      eachMessage: async ({ message }) => void secondValues.push(String(message.value)),
    });

    await eventually(() => expect(secondValues).toHaveLength(after.length), { timeoutMs: 30_000 });
    expect(secondValues.sort()).toEqual(after.map((m) => m.value).sort());
  }, 90_000);
});
