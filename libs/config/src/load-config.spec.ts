import { ConfigurationError } from './configuration-error';
import { loadConfig } from './load-config';
import { serviceConfigSchema } from './service-config.schema';

const validEnv = {
  DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/accord_capture',
  KAFKA_BROKERS: '127.0.0.1:9092, 127.0.0.1:9093',
};

describe('loadConfig', () => {
  it('parses and coerces a valid environment with defaults', () => {
    const config = loadConfig(serviceConfigSchema, { ...validEnv, PORT: '3101' });
    expect(config.PORT).toBe(3101);
    expect(config.KAFKA_BROKERS).toEqual(['127.0.0.1:9092', '127.0.0.1:9093']);
    expect(config.KAFKA_TOPIC_PARTITIONS).toBe(3);
  });

  it('names every missing variable', () => {
    expect(() => loadConfig(serviceConfigSchema, {})).toThrow(
      /DATABASE_URL: is required but not set.*KAFKA_BROKERS: is required but not set/,
    );
  });

  it('names a malformed variable and says what is wrong', () => {
    try {
      loadConfig(serviceConfigSchema, { ...validEnv, PORT: 'eighty', DATABASE_URL: 'mysql://x' });
      fail('expected a ConfigurationError');
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigurationError);
      const variables = (error as ConfigurationError).invalidVariables.map((v) => v.variable);
      expect(variables.sort()).toEqual(['DATABASE_URL', 'PORT']);
      expect((error as Error).message).toContain('postgres:// or postgresql://');
    }
  });
});
