import { Injectable } from '@nestjs/common';
import { Transactions } from '@accord/platform';
import { EnrichmentTransaction } from '../../database/enrichment-database';
import { EnrichLeadUseCase, EnrichmentResult } from './enrich-lead.usecase';

/** An operator's re-run: enrich again from the details already stored, and publish what changed as usual. */
@Injectable()
export class RerunEnrichmentUseCase {
  constructor(
    private readonly transactions: Transactions,
    private readonly enrichLead: EnrichLeadUseCase,
  ) {}

  execute(leadId: string): Promise<EnrichmentResult> {
    return this.transactions.run((transaction: EnrichmentTransaction) => this.enrichLead.execute({ leadId, trigger: 'operator' }, transaction));
  }
}
