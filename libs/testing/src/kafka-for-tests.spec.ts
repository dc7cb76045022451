import { kafkaAnswers } from './kafka-broker-probe';

describe('kafkaForTests', () => {
  const savedBrokers = process.env['KAFKA_BROKERS'];

  afterEach(() => {
    if (savedBrokers === undefined) delete process.env['KAFKA_BROKERS'];
    else process.env['KAFKA_BROKERS'] = savedBrokers;
  });

  async function freshKafkaForTests() {
    let module: typeof import('./kafka-for-tests') | undefined;
    await jest.isolateModulesAsync(async () => {
      module = await import('./kafka-for-tests');
    });
    if (!module) throw new Error('kafka-for-tests did not load');
    return module.kafkaForTests;
  }

  it('finds a broker that answers, once per process', async () => {
    const kafkaForTests = await freshKafkaForTests();

    const first = kafkaForTests();
    const second = kafkaForTests();

    expect(second).toBe(first);
    const { brokers } = await first;
    expect(await kafkaAnswers(brokers)).toBe(true);
  }, 120_000);

  it('looks further when KAFKA_BROKERS does not answer', async () => {
    const stderr = jest.spyOn(process.stderr, 'write').mockImplementation(() => true);
    process.env['KAFKA_BROKERS'] = '127.0.0.1:1';
    try {
      const kafkaForTests = await freshKafkaForTests();

      const { brokers } = await kafkaForTests();

      expect(brokers).not.toEqual(['127.0.0.1:1']);
      expect(await kafkaAnswers(brokers)).toBe(true);
      expect(String(stderr.mock.calls[0]?.[0])).toContain(
        'KAFKA_BROKERS=127.0.0.1:1 does not answer',
      );
    } finally {
      stderr.mockRestore();
    }
  }, 120_000);
});
