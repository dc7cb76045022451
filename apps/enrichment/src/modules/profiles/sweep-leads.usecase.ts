import { Inject, Injectable } from '@nestjs/common';
import { SERVICE_CONFIG, Transactions } from '@accord/platform';
import { EnrichmentConfig } from '../../config/enrichment-config';
import { EnrichmentTransaction } from '../../database/enrichment-database';
import { EnrichLeadUseCase } from './enrich-lead.usecase';
import { ProfileRepository } from './profile.repository';
import { ProviderCacheRepository } from './provider-cache.repository';
import { ProviderRetryRepository } from './provider-retry.repository';

const dayMs = 86_400_000;

/** Enriches again, one lead per transaction, the leads with a provider retry due and those whose facts went stale. */
@Injectable()
export class SweepLeadsUseCase {
  constructor(
    @Inject(SERVICE_CONFIG) private readonly config: EnrichmentConfig,
    private readonly transactions: Transactions,
    private readonly enrichLead: EnrichLeadUseCase,
    private readonly profiles: ProfileRepository,
    private readonly retries: ProviderRetryRepository,
    private readonly cache: ProviderCacheRepository,
  ) {}

  /** Returns how many leads were enriched again. */
  async retryDue(): Promise<number> {
    return this.sweep('retry', (transaction, now) => this.retries.nextDueLead(transaction, now));
  }

  async refreshStale(): Promise<number> {
    const swept = await this.sweep('stale', (transaction, now) =>
      this.profiles.nextStaleLead(transaction, new Date(now.getTime() - this.config.ENRICHMENT_STALE_AFTER_DAYS * dayMs)),
    );
    await this.transactions.run((transaction: EnrichmentTransaction) => this.cache.removeExpired(transaction, new Date()));
    return swept;
  }

  private async sweep(
    trigger: 'retry' | 'stale',
    nextLead: (transaction: EnrichmentTransaction, now: Date) => Promise<string | undefined>,
  ): Promise<number> {
    let swept = 0;
    while (swept < this.config.ENRICHMENT_SWEEP_BATCH_SIZE) {
      const found = await this.transactions.run(async (transaction: EnrichmentTransaction) => {
        const leadId = await nextLead(transaction, new Date());
        if (leadId) await this.enrichLead.execute({ leadId, trigger }, transaction);
        return leadId !== undefined;
      });
      if (!found) break;
      swept += 1;
    }
    return swept;
  }
}
