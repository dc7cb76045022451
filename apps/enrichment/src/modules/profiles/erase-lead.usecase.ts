import { Injectable } from '@nestjs/common';
import { EnrichmentTransaction } from '../../database/enrichment-database';
import { EnrichLeadUseCase } from './enrich-lead.usecase';
import { ProfileRepository } from './profile.repository';
import { ProviderCacheRepository } from './provider-cache.repository';
import { ProviderRetryRepository } from './provider-retry.repository';

/** Forgets a lead: its facts, their history, pending retries and the cache entries its details produced. */
@Injectable()
export class EraseLeadUseCase {
  constructor(
    private readonly profiles: ProfileRepository,
    private readonly retries: ProviderRetryRepository,
    private readonly cache: ProviderCacheRepository,
    private readonly enrichLead: EnrichLeadUseCase,
  ) {}

  async execute(leadId: string, transaction: EnrichmentTransaction): Promise<boolean> {
    const profile = await this.profiles.erase(transaction, leadId);
    await this.retries.clearAll(transaction, leadId);
    if (!profile) return false;
    await this.cache.remove(transaction, this.enrichLead.cacheEntriesFor(profile.facts, profile.inputs));
    return true;
  }
}
