import { EnrichmentConfig } from '../../config/enrichment-config';
import { EnrichmentProvider, ProviderDeferredError } from './domain/enrichment-provider';
import { ProviderGuards } from './provider-guards';

const config = { ENRICHMENT_BREAKER_FAILURES: 2, ENRICHMENT_BREAKER_OPEN_MS: 60_000 } as EnrichmentConfig;
const provider = (enrich: EnrichmentProvider['enrich'], limits: Partial<EnrichmentProvider['limits']> = {}): EnrichmentProvider => ({
  name: 'test',
  needs: [],
  yields: ['x'],
  limits: { timeoutMs: 50, ...limits },
  enrich,
});

describe('ProviderGuards', () => {
  it('answers with the provider’s claims', async () => {
    const claims = { x: { value: 1, confidence: 1, origin: 'derived' as const } };
    expect(await new ProviderGuards(config).invoke(provider(() => claims), {})).toEqual({ status: 'answered', claims });
  });

  it('gives up on a provider that hangs after its timeout', async () => {
    const startedAt = Date.now();
    const outcome = await new ProviderGuards(config).invoke(provider(() => new Promise(() => undefined)), {});
    expect(outcome).toEqual({ status: 'failed', reason: 'timeout' });
    expect(Date.now() - startedAt).toBeLessThan(1_000);
  });

  it('opens the circuit after consecutive faults and stops calling the provider', async () => {
    const guards = new ProviderGuards(config);
    let calls = 0;
    const failing = provider(() => {
      calls += 1;
      throw new Error('boom');
    });
    expect(await guards.invoke(failing, {})).toEqual({ status: 'failed', reason: 'error: boom' });
    await guards.invoke(failing, {});
    expect(await guards.invoke(failing, {})).toEqual({ status: 'failed', reason: 'circuit-open' });
    expect(calls).toBe(2);
  });

  it('runs an in-process provider, which has no timeout, under its circuit breaker alone', async () => {
    const guards = new ProviderGuards(config);
    const claims = { x: { value: 1, confidence: 1, origin: 'derived' as const } };
    let fails = true;
    const inProcess = provider(
      () => {
        if (fails) throw new Error('boom');
        return claims;
      },
      { timeoutMs: undefined },
    );
    await guards.invoke(inProcess, {});
    await guards.invoke(inProcess, {});
    fails = false;
    expect(await guards.invoke(inProcess, {})).toEqual({ status: 'failed', reason: 'circuit-open' });
    expect(await new ProviderGuards(config).invoke(inProcess, {})).toEqual({ status: 'answered', claims });
  });

  it('does not count a deferral as a fault and passes its retry hint on', async () => {
    const guards = new ProviderGuards(config);
    const queued = provider(() => {
      throw new ProviderDeferredError('queued', 5_000);
    });
    for (let attempt = 0; attempt < 3; attempt++) {
      expect(await guards.invoke(queued, {})).toEqual({ status: 'failed', reason: 'deferred: queued', retryAfterMs: 5_000 });
    }
  });

  it('refuses calls beyond the rate limit, saying when to come back', async () => {
    const guards = new ProviderGuards(config);
    const limited = provider(() => ({}), { ratePerSecond: 1, burst: 1 });
    expect((await guards.invoke(limited, {})).status).toBe('answered');
    const refused = await guards.invoke(limited, {});
    expect(refused).toMatchObject({ status: 'failed', reason: 'rate-limited' });
    expect(refused.status === 'failed' && refused.retryAfterMs).toBeGreaterThan(0);
  });
});
