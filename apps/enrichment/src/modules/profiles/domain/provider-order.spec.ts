import { EnrichmentProvider } from './enrichment-provider';
import { orderProviders, ProviderCycleError } from './provider-order';

const provider = (name: string, needs: string[], yields: string[], uses: string[] = []): EnrichmentProvider => ({
  name,
  needs,
  uses,
  yields,
  limits: { timeoutMs: 100 },
  enrich: () => ({}),
});

describe('orderProviders', () => {
  it('runs a provider after those that yield what it needs or uses', () => {
    const company = provider('company', ['companyDomain'], ['industry']);
    const phone = provider('phone', ['phone'], ['phoneE164'], ['countryCode']);
    const email = provider('email', ['email'], ['companyDomain']);
    const country = provider('country', ['country'], ['countryCode']);
    const order = orderProviders([company, phone, email, country]).map((p) => p.name);
    expect(order.indexOf('email')).toBeLessThan(order.indexOf('company'));
    expect(order.indexOf('country')).toBeLessThan(order.indexOf('phone'));
  });

  it('keeps the declared order among independent providers', () => {
    const order = orderProviders([provider('b', ['x'], ['y']), provider('a', ['z'], ['w'])]);
    expect(order.map((p) => p.name)).toEqual(['b', 'a']);
  });

  it('refuses a cycle, naming the providers in it', () => {
    const providers = [provider('a', ['x'], ['y']), provider('b', ['y'], ['x']), provider('c', [], ['z'])];
    expect(() => orderProviders(providers)).toThrow(ProviderCycleError);
    expect(() => orderProviders(providers)).toThrow(/a, b/);
  });

  it('refuses two providers with one name', () => {
    expect(() => orderProviders([provider('a', [], ['x']), provider('a', [], ['y'])])).toThrow(/two providers/);
  });
});
