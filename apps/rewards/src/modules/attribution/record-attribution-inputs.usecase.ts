import { Injectable } from '@nestjs/common';
import { ChunkWideStatement } from '@accord/messaging';
import { LeadLockRepository } from '../../database/lead-lock.repository';
import { RewardsTransaction } from '../../database/rewards-database';
import { AttributionCreditRepository } from './attribution-credit.repository';
import { CreditWonDealsUsecase } from './credit-won-deals.usecase';
import { ClosedOpportunity, OpenedOpportunity, OpportunityRepository } from './opportunity.repository';
import { RecordedTouchpoint, TouchpointRepository } from './touchpoint.repository';

/** Every input to attribution may arrive after a deal was won, so each one re-credits the lead. */
@Injectable()
export class RecordAttributionInputsUsecase {
  private readonly recordedAhead = new ChunkWideStatement<RewardsTransaction, RecordedTouchpoint, void>(
    (transaction, touchpoints) => this.recordTouchpoints(transaction, touchpoints),
    (touchpoint) => touchpoint.touchpointId,
  );

  constructor(
    private readonly locks: LeadLockRepository,
    private readonly touchpoints: TouchpointRepository,
    private readonly opportunities: OpportunityRepository,
    private readonly credits: AttributionCreditRepository,
    private readonly crediting: CreditWonDealsUsecase,
  ) {}

  /**
   * `upcoming` are the touchpoints of the events the transaction applies next (each lead's next in its
   * chunk): they are stored with this one in one statement, and their leads looked up for won deals in one more.
   */
  async touchpointRecorded(transaction: RewardsTransaction, touchpoint: RecordedTouchpoint, upcoming: RecordedTouchpoint[] = []): Promise<void> {
    await this.recordedAhead.answer(transaction, touchpoint, upcoming);
  }

  /** Touchpoints of different leads stored together; only the leads with won deals are re-credited. */
  private async recordTouchpoints(transaction: RewardsTransaction, touchpoints: RecordedTouchpoint[]): Promise<void[]> {
    const leadIds = [...new Set(touchpoints.map((touchpoint) => touchpoint.leadId.toLowerCase()))];
    await this.locks.lockAll(transaction, leadIds);
    await this.touchpoints.record(transaction, touchpoints);
    const won = await this.opportunities.leadsWithWonDeals(transaction, leadIds);
    for (const leadId of leadIds.filter((id) => won.has(id))) await this.crediting.recreditLead(transaction, leadId);
    return touchpoints.map(() => undefined);
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
