import { Inject, Injectable } from '@nestjs/common';
import {
  BrokenCircuitError,
  circuitBreaker,
  ConsecutiveBreaker,
  handleWhen,
  IPolicy,
  TaskCancelledError,
  timeout,
  TimeoutStrategy,
  wrap,
} from 'cockatiel';
import { SERVICE_CONFIG } from '@accord/platform';
import { EnrichmentConfig } from '../../config/enrichment-config';
import { EnrichmentProvider, ProviderDeferredError, ProviderInput } from './domain/enrichment-provider';
import { ProviderOutcome } from './domain/run-providers';
import { TokenBucket } from './domain/token-bucket';

interface Guard {
  policy: IPolicy;
  bucket?: TokenBucket;
}

/**
 * Calls a provider under its own timeout (which does not wait for a provider that ignores it),
 * circuit breaker and rate limit, and turns every way of failing into an outcome.
 */
@Injectable()
export class ProviderGuards {
  private readonly guards = new Map<string, Guard>();

  constructor(@Inject(SERVICE_CONFIG) private readonly config: EnrichmentConfig) {}

  async invoke(provider: EnrichmentProvider, input: ProviderInput): Promise<ProviderOutcome> {
    const guard = this.guardFor(provider);
    if (guard.bucket && !guard.bucket.tryTake(Date.now())) {
      return { status: 'failed', reason: 'rate-limited', retryAfterMs: guard.bucket.waitMs() };
    }
    try {
      const claims = await guard.policy.execute(({ signal }) => Promise.resolve(provider.enrich(input, signal)));
      return { status: 'answered', claims };
    } catch (error) {
      return failure(error);
    }
  }

  private guardFor(provider: EnrichmentProvider): Guard {
    let guard = this.guards.get(provider.name);
    if (!guard) {
      const breaker = circuitBreaker(
        handleWhen((error) => !(error instanceof ProviderDeferredError)),
        { halfOpenAfter: this.config.ENRICHMENT_BREAKER_OPEN_MS, breaker: new ConsecutiveBreaker(this.config.ENRICHMENT_BREAKER_FAILURES) },
      );
      const { timeoutMs, ratePerSecond, burst } = provider.limits;
      guard = {
        // A provider that answered has nothing left to cancel; aborting its signal anyway costs an AbortError each call.
        policy: timeoutMs ? wrap(breaker, timeout(timeoutMs, { strategy: TimeoutStrategy.Aggressive, abortOnReturn: false })) : breaker,
        bucket: ratePerSecond ? new TokenBucket(ratePerSecond, burst ?? ratePerSecond, Date.now()) : undefined,
      };
      this.guards.set(provider.name, guard);
    }
    return guard;
  }
}

function failure(error: unknown): ProviderOutcome {
  if (error instanceof ProviderDeferredError) return { status: 'failed', reason: `deferred: ${error.message}`, retryAfterMs: error.retryAfterMs };
  if (error instanceof TaskCancelledError) return { status: 'failed', reason: 'timeout' };
  if (error instanceof BrokenCircuitError) return { status: 'failed', reason: 'circuit-open' };
  return { status: 'failed', reason: `error: ${error instanceof Error ? error.message : String(error)}`.slice(0, 500) };
}
