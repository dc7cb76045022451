import { ConfigurationError, loadConfig } from '@accord/config';
import { captureConfigSchema } from './capture-config';

const base = { DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/accord_capture', KAFKA_BROKERS: '127.0.0.1:9092' };

function invalidVariables(env: Record<string, string>): string[] {
  try {
    loadConfig(captureConfigSchema, { ...base, ...env });
    return [];
  } catch (error) {
    return (error as ConfigurationError).invalidVariables.map((invalid) => invalid.variable);
  }
}

describe('capture configuration', () => {
  it('reads forms, keys and limits with safe defaults', () => {
    const config = loadConfig(captureConfigSchema, {
      ...base,
      WEB_FORMS: JSON.stringify({ demo: { source: 'website', allowedOrigins: ['https://example.com'] } }),
      PAYLOAD_ENCRYPTION_KEY: Buffer.alloc(32, 7).toString('base64'),
    });
    expect(config.WEB_FORMS['demo']).toMatchObject({ source: 'website', honeypot: 'website', fieldMap: {} });
    expect(config.PAYLOAD_ENCRYPTION_KEY?.length).toBe(32);
    expect([config.ADMIN_API_KEY, config.RATE_LIMIT_PER_SECOND, config.DEFAULT_PHONE_REGION]).toEqual([undefined, 50, 'NL']);
  });

  it('names each bad variable', () => {
    expect(invalidVariables({ WEB_FORMS: '{not json' })).toEqual(['WEB_FORMS']);
    expect(invalidVariables({ WEB_FORMS: '{"demo":{"allowedOrigins":"x"}}' })).toEqual(['WEB_FORMS.demo.source', 'WEB_FORMS.demo.allowedOrigins']);
    expect(invalidVariables({ PAYLOAD_ENCRYPTION_KEY: 'c2hvcnQ=' })).toEqual(['PAYLOAD_ENCRYPTION_KEY']);
    expect(invalidVariables({ ADMIN_API_KEY: 'short' })).toEqual(['ADMIN_API_KEY']);
    expect(invalidVariables({ DEFAULT_PHONE_REGION: 'nl' })).toEqual(['DEFAULT_PHONE_REGION']);
    expect(invalidVariables({ LINKEDIN_ACCESS_TOKEN: 'AQV with spaces', LINKEDIN_API_BASE_URL: 'api.linkedin.com', LINKEDIN_API_VERSION: '2024-05' })).toEqual([
      'LINKEDIN_ACCESS_TOKEN',
      'LINKEDIN_API_BASE_URL',
      'LINKEDIN_API_VERSION',
    ]);
  });
});
