import { Injectable } from '@nestjs/common';
import { LeadLockRepository } from '../../database/lead-lock.repository';
import { RewardsTransaction } from '../../database/rewards-database';
import { AttributionCreditRepository } from './attribution-credit.repository';
import { CreditWonDealsUsecase } from './credit-won-deals.usecase';
import { ClosedOpportunity, OpenedOpportunity, OpportunityRepository } from './opportunity.repository';
import { RecordedTouchpoint, TouchpointRepository } from './touchpoint.repository';

/** Every input to attribution may arrive after a deal was won, so each one re-credits the lead. */
@Injectable()
export class RecordAttributionInputsUsecase {
  constructor(
    private readonly locks: LeadLockRepository,
    private readonly touchpoints: TouchpointRepository,
    private readonly opportunities: OpportunityRepository,
    private readonly credits: AttributionCreditRepository,
    private readonly crediting: CreditWonDealsUsecase,
  ) {}

  async touchpointRecorded(transaction: RewardsTransaction, touchpoint: RecordedTouchpoint): Promise<void> {
    await this.locks.lock(transaction, touchpoint.leadId);
    await this.touchpoints.record(transaction, touchpoint);
    await this.crediting.recreditLead(transaction, touchpoint.leadId);
  }

  async opportunityOpened(transaction: RewardsTransaction, opportunity: OpenedOpportunity): Promise<void> {
    await this.locks.lock(transaction, opportunity.leadId);
    await this.opportunities.recordOpened(transaction, opportunity);
    await this.crediting.recreditLead(transaction, opportunity.leadId);
  }

  async opportunityClosed(transaction: RewardsTransaction, opportunity: ClosedOpportunity): Promise<void> {
    await this.locks.lock(transaction, opportunity.leadId);
    await this.opportunities.recordClosed(transaction, opportunity);
    if (opportunity.outcome === 'lost') await this.credits.removeForOpportunity(transaction, opportunity.opportunityId);
    await this.crediting.recreditLead(transaction, opportunity.leadId);
  }
}
