/** The broker the tests run against: KAFKA_BROKERS, else the local one `scripts/prepare.sh` starts. */
export const testBrokers = (): string[] => (process.env['KAFKA_BROKERS'] ?? '127.0.0.1:9092').split(',');
