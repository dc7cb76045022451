import { EnrichmentProvider } from './enrichment-provider';
import { Claims } from './fact';
import { InvokeProvider, providerInput, runProviders } from './run-providers';

const claim = (value: string | boolean | null) => ({ value, confidence: 1, origin: 'derived' as const });
const provider = (name: string, needs: string[], yields: string[], enrich: EnrichmentProvider['enrich'], uses: string[] = []) =>
  ({ name, needs, uses, yields, limits: { timeoutMs: 50 }, enrich }) satisfies EnrichmentProvider;
const direct: InvokeProvider = async (p, input) => ({ status: 'answered', claims: await p.enrich(input, new AbortController().signal) });

describe('providerInput', () => {
  const company = provider('company', ['companyDomain'], ['industry'], () => ({}), ['company']);

  it('waits until every needed field is known', () => {
    expect(providerInput(company, { company: 'Acme' })).toBeUndefined();
    expect(providerInput(company, { companyDomain: '' })).toBeUndefined();
    expect(providerInput(company, { companyDomain: null })).toBeUndefined();
  });

  it('passes needed and used fields only', () => {
    expect(providerInput(company, { companyDomain: 'acme.nl', company: 'Acme', email: 'x@acme.nl' })).toEqual({
      companyDomain: 'acme.nl',
      company: 'Acme',
    });
  });
});

describe('runProviders', () => {
  it('feeds what one provider found to the next', async () => {
    const email = provider('email', ['email'], ['companyDomain'], (input) => ({ companyDomain: claim(String(input.email).split('@')[1]) }));
    const company = provider('company', ['companyDomain'], ['industry'], (input): Claims => ({ industry: claim(`industry of ${input.companyDomain}`) }));
    const run = await runProviders([email, company], { email: 'ada@acme.nl' }, {}, direct);
    expect(run.answers.map((answer) => answer.claims)).toEqual([{ companyDomain: claim('acme.nl') }, { industry: claim('industry of acme.nl') }]);
    expect(run.failures).toEqual([]);
  });

  it('carries on past a failed provider and reports it', async () => {
    const broken = provider('broken', ['email'], ['x'], () => ({}));
    const email = provider('email', ['email'], ['emailValid'], () => ({ emailValid: claim(true) }));
    const invoke: InvokeProvider = async (p, input) =>
      p.name === 'broken' ? { status: 'failed', reason: 'timeout', retryAfterMs: 5 } : direct(p, input);
    const run = await runProviders([broken, email], { email: 'a@b.nl' }, {}, invoke);
    expect(run.failures).toEqual([{ provider: 'broken', reason: 'timeout', retryAfterMs: 5 }]);
    expect(run.answers.map((answer) => answer.provider)).toEqual(['email']);
  });

  it('ignores claims about fields a provider did not declare', async () => {
    const sneaky = provider('sneaky', [], ['a'], () => ({ a: claim('yes'), b: claim('no') }));
    const run = await runProviders([sneaky], {}, {}, direct);
    expect(run.answers[0].claims).toEqual({ a: claim('yes') });
  });

  it('lets later providers read stored facts when the one that found them is down', async () => {
    const seen: unknown[] = [];
    const company = provider('company', ['companyDomain'], ['industry'], (input) => {
      seen.push(input.companyDomain);
      return {};
    });
    const stored = { companyDomain: { value: 'acme.nl', provider: 'email', confidence: 1, origin: 'derived' as const, observedAt: '2026-01-01T00:00:00.000Z' } };
    await runProviders([company], {}, stored, direct);
    expect(seen).toEqual(['acme.nl']);
  });
});
