/** The broker the tests run against: KAFKA_BROKERS (the global set-up sets it from `kafkaForTests`), else the local one. */
export const testBrokers = (): string[] => (process.env['KAFKA_BROKERS'] ?? '127.0.0.1:9092').split(',');
