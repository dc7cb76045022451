import { Kafka, logLevel } from 'kafkajs';
import { testBrokers } from '@accord/testing';
import { KafkaProbe } from './kafka-probe';

const brokers = testBrokers();

describe('KafkaProbe over a real broker', () => {
  it('answers true probe after probe over one admin connection', async () => {
    const kafka = new Kafka({ clientId: 'probe-test', brokers, logLevel: logLevel.NOTHING });
    let adminsCreated = 0;
    const admin = kafka.admin.bind(kafka);
    kafka.admin = (...args) => {
      adminsCreated += 1;
      return admin(...args);
    };
    const probe = new KafkaProbe(kafka);

    const answers = [await probe.answers(), await probe.answers(), await probe.answers()];
    await probe.close();

    expect(answers).toEqual([true, true, true]);
    expect(adminsCreated).toBe(1);
  });

  it('answers false within its timeout when no broker listens, and tries afresh next time', async () => {
    const kafka = new Kafka({ clientId: 'probe-test', brokers: ['127.0.0.1:1'], logLevel: logLevel.NOTHING, retry: { retries: 0 } });
    const probe = new KafkaProbe(kafka, 500);
    const startedAt = Date.now();

    expect(await probe.answers()).toBe(false);
    expect(await probe.answers()).toBe(false);
    expect(Date.now() - startedAt).toBeLessThan(3_000);
    await probe.close();
  });
});
