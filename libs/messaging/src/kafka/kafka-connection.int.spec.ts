import { setTimeout as idleFor } from 'node:timers/promises';
import { MessagingLogger } from '../messaging-logger';
import { createKafkaConnection } from './kafka-connection';

const brokers = (process.env['KAFKA_BROKERS'] ?? '127.0.0.1:9092').split(',');
const silent: MessagingLogger = { debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined };

describe('a Kafka connection over a real broker', () => {
  it('arms no timers while idle once its requests are answered', async () => {
    const kafka = createKafkaConnection({ brokers, clientId: 'idle-connection-test', logger: silent });
    const admin = kafka.admin();
    await admin.connect();
    await admin.listTopics();
    const timersArmed = jest.spyOn(global, 'setTimeout');
    try {
      await idleFor(300);
      // Unpatched kafkajs re-arms a pending-request check every millisecond on each connection (about 300 here).
      expect(timersArmed.mock.calls.length).toBeLessThan(10);
    } finally {
      timersArmed.mockRestore();
      await admin.disconnect();
    }
  });
});
