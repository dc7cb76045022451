import { Injectable } from '@nestjs/common';
import { AccordEvent } from '@accord/contracts';
import { ChunkWideStatement } from '@accord/messaging';
import { HandOffTransaction } from '../../database/hand-off-database';
import { MatchOutcomesUseCase } from '../outcomes/match-outcomes.usecase';
import { StoredOutcome } from '../outcomes/pending-outcomes';
import { emailHash } from './domain/email-hash';
import { FactReport, HeldProfile, LeadCapture, LeadProfileRepository } from './lead-profile.repository';

type LeadEnriched = AccordEvent<'enrichment.lead.enriched.v1'>;
type LeadCaptured = AccordEvent<'capture.lead.captured.v1'>;

const leadCapture = ({ payload: { leadId, person, touchpoint } }: LeadCaptured): LeadCapture => ({
  leadId,
  source: touchpoint.source,
  emailHash: emailHash(person.email),
});

const enrichmentReport = (event: LeadEnriched): FactReport => ({ leadId: event.payload.leadId, reported: event.payload.facts });

/** Keeps what routing and outcome matching need to know about a lead, from whichever event says it. */
@Injectable()
export class RecordLeadFactsUseCase {
  private readonly enrichmentsAhead = new ChunkWideStatement<HandOffTransaction, LeadEnriched, HeldProfile>(
    (transaction, enriched) => this.profiles.mergeNewestOf(transaction, enriched.map(enrichmentReport)),
    (event) => event.id,
  );
  private readonly capturesAhead = new ChunkWideStatement<HandOffTransaction, LeadCaptured, StoredOutcome[]>(
    (transaction, captured) => this.profiles.recordCaptures(transaction, captured.map(leadCapture)),
    (event) => event.id,
  );

  constructor(
    private readonly profiles: LeadProfileRepository,
    private readonly matchOutcomes: MatchOutcomesUseCase,
  ) {}

  /** `upcoming` are the enrichments the transaction applies next (each lead's next in the chunk), merged in the same statement. */
  async fromEnrichment(event: LeadEnriched, transaction: HandOffTransaction, upcoming: LeadEnriched[] = []): Promise<void> {
    await this.enrichmentsAhead.answer(transaction, event, upcoming);
  }

  /**
   * The e-mail may be what a waiting outcome names, so outcomes are matched again once it is known.
   * `upcoming` are the captures the transaction applies next (each lead's next in the chunk), recorded in the same statement.
   */
  async fromCapture(event: LeadCaptured, transaction: HandOffTransaction, upcoming: LeadCaptured[] = []): Promise<void> {
    const pending = await this.capturesAhead.answer(transaction, event, upcoming);
    await this.matchOutcomes.matchLocked(transaction, event.payload.leadId, pending, event);
  }
}
