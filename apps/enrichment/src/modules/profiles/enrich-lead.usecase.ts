import { Inject, Injectable } from '@nestjs/common';
import { EventEnvelope } from '@accord/contracts';
import { Outbox } from '@accord/messaging';
import { SERVICE_CONFIG } from '@accord/platform';
import { EnrichmentConfig } from '../../config/enrichment-config';
import { EnrichmentTransaction } from '../../database/enrichment-database';
import { cacheKey } from './domain/cache-key';
import { EnrichmentProvider, ProviderInput } from './domain/enrichment-provider';
import { Facts } from './domain/fact';
import { fillMissingInputs, mergeInputs, SubmittedPerson } from './domain/lead-inputs';
import { mergeFacts } from './domain/merge-facts';
import { orderProviders } from './domain/provider-order';
import { nextRetryDelayMs, RetryPolicy } from './domain/retry-delay';
import { InvokeProvider, knownValues, PipelineRun, ProviderOutcome, providerInput, runProviders } from './domain/run-providers';
import { ENRICHMENT_PROVIDERS } from './enrichment-providers.token';
import { ProfileRepository } from './profile.repository';
import { ProviderCacheRepository } from './provider-cache.repository';
import { ProviderGuards } from './provider-guards';
import { ProviderRetryRepository } from './provider-retry.repository';

export type EnrichmentTrigger = 'captured' | 'touchpoint' | 'retry' | 'stale' | 'operator';

export interface EnrichmentRequest {
  leadId: string;
  /** What the person submitted this time; absent when re-enriching from what is stored. */
  person?: SubmittedPerson;
  trigger: EnrichmentTrigger;
  cause?: EventEnvelope;
  /** Leads the same transaction enriches next, read together with this one. */
  readAhead?: string[];
}

export type EnrichmentResult =
  | { outcome: 'unknown-lead' }
  | { outcome: 'first' | 'changed' | 'unchanged'; changed: string[]; failedProviders: string[] };

/**
 * Runs the providers for a lead, merges their claims into its profile by the merge policy, keeps
 * the history, schedules retries for providers that failed, and tells others only when a fact changed.
 */
@Injectable()
export class EnrichLeadUseCase {
  private readonly providers: EnrichmentProvider[];
  private readonly retryPolicy: RetryPolicy;

  constructor(
    @Inject(ENRICHMENT_PROVIDERS) providers: EnrichmentProvider[],
    @Inject(SERVICE_CONFIG) config: EnrichmentConfig,
    private readonly profiles: ProfileRepository,
    private readonly cache: ProviderCacheRepository,
    private readonly retries: ProviderRetryRepository,
    private readonly guards: ProviderGuards,
    private readonly outbox: Outbox,
  ) {
    this.providers = orderProviders(providers);
    this.retryPolicy = {
      baseDelayMs: config.ENRICHMENT_RETRY_BASE_DELAY_MS,
      maxDelayMs: config.ENRICHMENT_RETRY_MAX_DELAY_MS,
      maxAttempts: config.ENRICHMENT_RETRY_MAX_ATTEMPTS,
    };
  }

  async execute(request: EnrichmentRequest, transaction: EnrichmentTransaction): Promise<EnrichmentResult> {
    const { leadId, person, trigger, cause, readAhead } = request;
    const { erased, stored } = await this.profiles.lockUnlessErased(transaction, leadId, readAhead);
    if (erased || (!stored && !person)) return { outcome: 'unknown-lead' };
    const now = new Date();
    const inputs = this.inputsFor(stored?.inputs ?? {}, person, trigger);
    const current: Facts = stored?.facts ?? {};

    const run = await runProviders(this.providers, inputs, current, this.invokeWithCache(transaction, now));
    const merged = mergeFacts(current, run.answers, now.toISOString());
    await this.profiles.save(
      transaction,
      leadId,
      { facts: merged.facts, inputs, enrichedAt: now },
      trigger,
      merged.changed.map((field) => ({ field, previousValue: current[field]?.value, fact: merged.facts[field] })),
    );
    await this.scheduleRetries(transaction, leadId, run, stored !== undefined, now);

    const failedProviders = run.failures.map((failure) => failure.provider);
    const facts = publishable(merged.facts);
    if (!stored) {
      await this.outbox.append(transaction, 'enrichment.lead.enriched.v1', { leadId, facts }, cause);
      return { outcome: 'first', changed: merged.changed, failedProviders };
    }
    if (merged.changed.length === 0) return { outcome: 'unchanged', changed: [], failedProviders };
    await this.outbox.append(transaction, 'enrichment.lead.enriched.v1', { leadId, facts, changedFields: merged.changed }, cause);
    return { outcome: 'changed', changed: merged.changed, failedProviders };
  }

  private inputsFor(stored: ProviderInput, person: SubmittedPerson | undefined, trigger: EnrichmentTrigger): ProviderInput {
    if (!person) return stored;
    return trigger === 'captured' ? fillMissingInputs(stored, person) : mergeInputs(stored, person);
  }

  private invokeWithCache(transaction: EnrichmentTransaction, now: Date): InvokeProvider {
    return async (provider: EnrichmentProvider, input: ProviderInput): Promise<ProviderOutcome> => {
      const ttlSeconds = provider.limits.cacheTtlSeconds;
      if (!ttlSeconds) return this.guards.invoke(provider, input);
      const key = cacheKey(input);
      const cached = await this.cache.find(transaction, provider.name, key, now);
      if (cached) return { status: 'answered', claims: cached };
      const outcome = await this.guards.invoke(provider, input);
      if (outcome.status === 'answered') {
        await this.cache.save(transaction, provider.name, key, outcome.claims, new Date(now.getTime() + ttlSeconds * 1000));
      }
      return outcome;
    };
  }

  private async scheduleRetries(transaction: EnrichmentTransaction, leadId: string, run: PipelineRun, known: boolean, now: Date) {
    if (known) await this.retries.clear(transaction, leadId, run.answers.map((answer) => answer.provider));
    if (run.failures.length === 0) return;
    const attempts = known ? await this.retries.attemptsSoFar(transaction, leadId) : new Map<string, number>();
    for (const failure of run.failures) {
      const attempt = (attempts.get(failure.provider) ?? 0) + 1;
      const delayMs = nextRetryDelayMs(attempt, this.retryPolicy, failure.retryAfterMs);
      if (delayMs === undefined) {
        await this.retries.clear(transaction, leadId, [failure.provider]);
        continue;
      }
      await this.retries.schedule(transaction, leadId, {
        provider: failure.provider,
        attempts: attempt,
        dueAt: new Date(now.getTime() + delayMs),
        lastError: failure.reason,
      });
    }
  }

  /** Cache entries a lead's inputs produced, so erasure can remove them too. */
  cacheEntriesFor(facts: Facts, inputs: ProviderInput): { provider: string; inputKey: string }[] {
    const known = knownValues(facts, inputs);
    return this.providers
      .filter((provider) => provider.limits.cacheTtlSeconds)
      .flatMap((provider) => {
        const input = providerInput(provider, known);
        return input ? [{ provider: provider.name, inputKey: cacheKey(input) }] : [];
      });
  }
}

function publishable(facts: Facts) {
  return Object.fromEntries(
    Object.entries(facts).map(([field, { value, provider, confidence, origin, observedAt }]) => [
      field,
      { value, provider, confidence, origin, observedAt },
    ]),
  );
}
