import { CompanyApiStub } from '../../../test/company-api-stub';
import { EnrichmentConfig } from '../../config/enrichment-config';
import { ProviderGuards } from '../profiles/provider-guards';
import { CompanyApiProvider } from './company-api.provider';

const apiKey = 'test-key';

describe('CompanyApiProvider against a local stub of the API', () => {
  const stub = new CompanyApiStub(apiKey);
  let config: EnrichmentConfig;

  beforeAll(async () => {
    const url = await stub.start();
    config = {
      COMPANY_API_URL: url,
      COMPANY_API_KEY: apiKey,
      COMPANY_API_TIMEOUT_MS: 200,
      COMPANY_API_RATE_PER_SECOND: 100,
      COMPANY_API_CACHE_TTL_SECONDS: 60,
      ENRICHMENT_BREAKER_FAILURES: 3,
      ENRICHMENT_BREAKER_OPEN_MS: 60_000,
    } as EnrichmentConfig;
  });

  afterAll(() => stub.stop());

  const invoke = (domain: string, guards = new ProviderGuards(config)) => guards.invoke(new CompanyApiProvider(config), { companyDomain: domain });

  it('is off without a URL', () => {
    expect(new CompanyApiProvider({ ...config, COMPANY_API_URL: undefined }).enabled).toBe(false);
    expect(new CompanyApiProvider(config).enabled).toBe(true);
  });

  it('turns a 200 into guessed company facts, sending the key', async () => {
    stub.behaviours.set('acme.nl', { kind: 'found', body: { name: 'Acme B.V.', industry: 'Software', employeeRange: '11-50', revenueRange: '1M-10M', country: 'NL', technologies: ['react'] } });
    const outcome = await invoke('acme.nl');
    expect(outcome).toMatchObject({ status: 'answered', claims: { company: { value: 'Acme B.V.', origin: 'guessed' }, companyCountryCode: { value: 'NL' }, technologies: { value: 'react' } } });
    expect(stub.requests.at(-1)).toEqual({ domain: 'acme.nl', authorization: `Bearer ${apiKey}` });
  });

  it('defers on 202 queued and 429, passing Retry-After on', async () => {
    stub.behaviours.set('queued.nl', { kind: 'queued', retryAfterSeconds: 7 });
    stub.behaviours.set('busy.nl', { kind: 'throttled', retryAfterSeconds: 3 });
    expect(await invoke('queued.nl')).toEqual({ status: 'failed', reason: 'deferred: the company is being looked up', retryAfterMs: 7_000 });
    expect(await invoke('busy.nl')).toEqual({ status: 'failed', reason: 'deferred: too many requests', retryAfterMs: 3_000 });
  });

  it('answers "no company" on 404', async () => {
    expect(await invoke('nobody.nl')).toEqual({ status: 'answered', claims: { companyFound: { value: false, confidence: 0.7, origin: 'guessed' } } });
  });

  it('times out a slow answer and fails on server errors, then opens its circuit', async () => {
    stub.behaviours.set('slow.nl', { kind: 'slow', delayMs: 2_000, body: { name: 'Slow' } });
    stub.behaviours.set('broken.nl', { kind: 'error', status: 503 });
    const guards = new ProviderGuards(config);
    const startedAt = Date.now();
    expect(await invoke('slow.nl', guards)).toEqual({ status: 'failed', reason: 'timeout' });
    expect(Date.now() - startedAt).toBeLessThan(1_000);
    expect(await invoke('broken.nl', guards)).toEqual({ status: 'failed', reason: 'error: company API answered 503' });
    await invoke('broken.nl', guards);
    const before = stub.requestsFor('acme.nl');
    expect(await invoke('acme.nl', guards)).toEqual({ status: 'failed', reason: 'circuit-open' });
    expect(stub.requestsFor('acme.nl')).toBe(before);
  });
});
