import { Injectable } from '@nestjs/common';
import { AccordEvent } from '@accord/contracts';
import { HandOffTransaction } from '../../database/hand-off-database';
import { MatchOutcomesUseCase } from '../outcomes/match-outcomes.usecase';
import { emailHash } from './domain/email-hash';
import { LeadProfileRepository } from './lead-profile.repository';

/** Keeps what routing and outcome matching need to know about a lead, from whichever event says it. */
@Injectable()
export class RecordLeadFactsUseCase {
  constructor(
    private readonly profiles: LeadProfileRepository,
    private readonly matchOutcomes: MatchOutcomesUseCase,
  ) {}

  async fromEnrichment(event: AccordEvent<'enrichment.lead.enriched.v1'>, transaction: HandOffTransaction): Promise<void> {
    await this.profiles.mergeNewest(transaction, event.payload.leadId, event.payload.facts);
  }

  /** The e-mail may be what a waiting outcome names, so outcomes are matched again once it is known. */
  async fromCapture(event: AccordEvent<'capture.lead.captured.v1'>, transaction: HandOffTransaction): Promise<void> {
    const { leadId, person, touchpoint } = event.payload;
    const pending = await this.profiles.recordCapture(transaction, leadId, { source: touchpoint.source, emailHash: emailHash(person.email) });
    await this.matchOutcomes.matchLocked(transaction, leadId, pending, event);
  }
}
