import { setTimeout as idleFor } from 'node:timers/promises';
import { testBrokers } from '@accord/testing';
import { silentLogger } from '../test-support/silent-logger';
import { createKafkaConnection } from './kafka-connection';

describe('a Kafka connection over a real broker', () => {
  it('arms no timers while idle once its requests are answered', async () => {
    const kafka = createKafkaConnection({ brokers: testBrokers(), clientId: 'idle-connection-test', logger: silentLogger });
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
