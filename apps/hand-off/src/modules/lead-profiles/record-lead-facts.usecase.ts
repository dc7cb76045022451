import { Injectable } from '@nestjs/common';
import { AccordEvent } from '@accord/contracts';
import { HandOffTransaction } from '../../database/hand-off-database';
import { MatchOutcomesUseCase } from '../outcomes/match-outcomes.usecase';
import { emailHash } from './domain/email-hash';
import { EventFactReport, LeadProfileRepository } from './lead-profile.repository';

type LeadEnriched = AccordEvent<'enrichment.lead.enriched.v1'>;

const enrichmentReport = (event: LeadEnriched): EventFactReport => ({ eventId: event.id, leadId: event.payload.leadId, reported: event.payload.facts });

/** Keeps what routing and outcome matching need to know about a lead, from whichever event says it. */
@Injectable()
export class RecordLeadFactsUseCase {
  constructor(
    private readonly profiles: LeadProfileRepository,
    private readonly matchOutcomes: MatchOutcomesUseCase,
  ) {}

  /** `upcoming` are the enrichments the transaction applies next (each lead's next in the chunk), merged in the same statement. */
  async fromEnrichment(event: LeadEnriched, transaction: HandOffTransaction, upcoming: LeadEnriched[] = []): Promise<void> {
    await this.profiles.mergeNewestAhead(transaction, enrichmentReport(event), upcoming.map(enrichmentReport));
  }

  /** The e-mail may be what a waiting outcome names, so outcomes are matched again once it is known. */
  async fromCapture(event: AccordEvent<'capture.lead.captured.v1'>, transaction: HandOffTransaction): Promise<void> {
    const { leadId, person, touchpoint } = event.payload;
    const pending = await this.profiles.recordCapture(transaction, leadId, { source: touchpoint.source, emailHash: emailHash(person.email) });
    await this.matchOutcomes.matchLocked(transaction, leadId, pending, event);
  }
}
