import { Consumer, Kafka, logLevel } from 'kafkajs';
import { uuidv7 } from 'uuidv7';
import { DeadLetterAdmin } from '@accord/messaging';
import { createServedTopics, eventually, kafkaForTests, uniqueName } from '@accord/testing';
import { buildProgram } from './program';
import { quiet, testContext } from './test-context';

const silent = { debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined };
const type = 'capture.lead.captured.v1';

interface Received {
  key: string;
  id: string;
  headers: Record<string, string>;
}

describe('accord dlq over real Kafka', () => {
  let kafka: Kafka;
  let brokers: string[];
  let prefix: string;
  let topic: string;
  let dlq: string;
  let consumer: Consumer;
  const received: Received[] = [];
  const leadId = uuidv7();
  const events = [0, 1, 2].map(() => ({ id: uuidv7(), type, payload: { leadId, person: { email: 'ada.secret@example.nl' } } }));
  const errors = ['Payload invalid at /person/email', 'handler kept failing: timeout', 'PAYLOAD INVALID at /leadId'];

  const run = async (...args: string[]) => {
    const { context, written } = testContext({
      env: { KAFKA_BROKERS: brokers.join(','), KAFKA_TOPIC_PREFIX: prefix },
      deadLetters: () => new DeadLetterAdmin({ brokers, topicPrefix: prefix, logger: silent }),
    });
    await buildProgram(context, quiet).parseAsync(['node', 'accord', ...args, '--json']);
    return JSON.parse(written.join('\n'));
  };

  beforeAll(async () => {
    brokers = (await kafkaForTests()).brokers;
    kafka = new Kafka({ clientId: 'cli-test', brokers, logLevel: logLevel.NOTHING });
    prefix = `${uniqueName('cli')}.`;
    topic = `${prefix}${type}`;
    dlq = `${topic}.dlq`;
    const admin = kafka.admin();
    await admin.connect();
    await createServedTopics(admin, [{ topic, numPartitions: 1 }, { topic: dlq, numPartitions: 2 }]);
    await admin.disconnect();
    const producer = kafka.producer();
    await producer.connect();
    // What the event runner writes when it gives up on a message (see libs/messaging dead-letter).
    await producer.send({
      topic: dlq,
      messages: events.map((event, index) => ({
        partition: index % 2,
        key: leadId,
        value: JSON.stringify(event),
        headers: {
          traceparent: `00-${'a'.repeat(31)}${index}-${'b'.repeat(16)}-01`,
          'x-dlq-error': errors[index],
          'x-dlq-error-class': index === 1 ? 'Error' : 'UnprocessableEventError',
          'x-dlq-original-topic': topic,
          'x-dlq-original-partition': '0',
          'x-dlq-original-offset': String(10 + index),
          'x-dlq-consumer-group': `${prefix}enrichment`,
          'x-dlq-attempts': index === 1 ? '5' : '1',
          'x-dlq-failed-at': new Date().toISOString(),
        },
      })),
    });
    await producer.disconnect();
    consumer = kafka.consumer({ groupId: `${prefix}reader` });
    await consumer.connect();
    await consumer.subscribe({ topic, fromBeginning: true });
    await consumer.run({
      eachMessage: async ({ message }) => {
        const headers = Object.fromEntries(Object.entries(message.headers ?? {}).map(([name, value]) => [name, String(value)]));
        received.push({ key: String(message.key), id: JSON.parse(String(message.value)).id, headers });
      },
    });
  });

  afterAll(async () => {
    await consumer?.disconnect();
  });

  it('lists the dead-letter topic with its count', async () => {
    expect(await run('dlq', 'list')).toEqual([{ topic: dlq, messages: 3 }]);
  });

  it('shows why and where each message failed, with its ids and none of its payload', async () => {
    const shown = (await run('dlq', 'show', dlq)) as { event: { id: string; leadId: string }; error: string; attempts: number; original: object; consumerGroup: string }[];
    expect(shown.map((view) => view.event.id).sort()).toEqual(events.map((event) => event.id).sort());
    const second = shown.find((view) => view.event.id === events[1].id);
    expect(second).toMatchObject({
      error: errors[1],
      errorClass: 'Error',
      attempts: 5,
      consumerGroup: `${prefix}enrichment`,
      original: { topic, partition: 0, offset: '11' },
      event: { type, leadId },
    });
    expect(JSON.stringify(shown)).not.toContain('ada.secret');
    expect(await run('dlq', 'show', dlq, '--limit', '1')).toHaveLength(1);
  });

  it('replays only the messages whose error matches, with their key, value and headers but no x-dlq-*', async () => {
    const replayed = (await run('dlq', 'replay', dlq, '--error-contains', 'payload invalid')) as { eventId: string; topic: string }[];
    expect(replayed.map((entry) => entry.eventId).sort()).toEqual([events[0].id, events[2].id].sort());
    expect(replayed.every((entry) => entry.topic === topic)).toBe(true);
    await eventually(() => expect(received.map((message) => message.id).sort()).toEqual([events[0].id, events[2].id].sort()));
    for (const message of received) {
      expect(message.key).toBe(leadId);
      expect(message.headers.traceparent).toMatch(/^00-a{31}\d-b{16}-01$/);
      expect(Object.keys(message.headers).filter((name) => name.startsWith('x-dlq-'))).toEqual([]);
    }
  });

  it('replays by event id and fails clearly when nothing matches', async () => {
    await run('dlq', 'replay', dlq, '--event-id', events[1].id);
    await eventually(() => expect(received.map((message) => message.id)).toContain(events[1].id));
    await expect(run('dlq', 'replay', dlq, '--event-id', uuidv7())).rejects.toThrow(`No message on ${dlq} matches`);
    await expect(run('dlq', 'show', `${prefix}missing.dlq`)).rejects.toThrow(`Topic ${prefix}missing.dlq does not exist`);
  });
});
