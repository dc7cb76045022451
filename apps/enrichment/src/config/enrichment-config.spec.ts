import { ConfigurationError, loadConfig } from '@accord/config';
import { enrichmentConfigSchema } from './enrichment-config';

const required = { DATABASE_URL: 'postgresql://localhost/accord_enrichment', KAFKA_BROKERS: '127.0.0.1:9092' };

const problems = (env: Record<string, string>) => {
  try {
    loadConfig(enrichmentConfigSchema, { ...required, ...env });
    return [];
  } catch (error) {
    if (!(error instanceof ConfigurationError)) throw error;
    return error.invalidVariables.map((invalid) => invalid.variable);
  }
};

describe('enrichmentConfigSchema', () => {
  it('defaults to a 30-day stale age and no company API', () => {
    const config = loadConfig(enrichmentConfigSchema, required);
    expect(config).toMatchObject({ PORT: 3102, ENRICHMENT_STALE_AFTER_DAYS: 30 });
    expect(config.COMPANY_API_URL).toBeUndefined();
  });

  it('names each bad variable', () => {
    expect(problems({ ENRICHMENT_STALE_AFTER_DAYS: 'soon' })).toEqual(['ENRICHMENT_STALE_AFTER_DAYS']);
    expect(problems({ COMPANY_API_URL: 'ftp://companies.example', COMPANY_API_KEY: 'secret' })).toEqual(['COMPANY_API_URL']);
    expect(problems({ ENRICHMENT_BREAKER_FAILURES: '0' })).toEqual(['ENRICHMENT_BREAKER_FAILURES']);
  });

  it('wants a key once the company API is configured', () => {
    expect(problems({ COMPANY_API_URL: 'https://companies.example' })).toEqual(['COMPANY_API_KEY']);
    expect(problems({ COMPANY_API_URL: 'https://companies.example', COMPANY_API_KEY: 'secret' })).toEqual([]);
  });
});
