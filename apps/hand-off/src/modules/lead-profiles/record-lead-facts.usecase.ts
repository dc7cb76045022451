import { Injectable } from '@nestjs/common';
import { AccordEvent } from '@accord/contracts';
import { HandOffTransaction } from '../../database/hand-off-database';
import { emailHash } from './domain/email-hash';
import { routingFactsFrom } from './domain/routing-facts';
import { LeadProfileRepository } from './lead-profile.repository';

/** Keeps what routing and outcome matching need to know about a lead, from whichever event says it. */
@Injectable()
export class RecordLeadFactsUseCase {
  constructor(private readonly profiles: LeadProfileRepository) {}

  fromEnrichment(event: AccordEvent<'enrichment.lead.enriched.v1'>, transaction: HandOffTransaction): Promise<void> {
    return this.profiles.merge(transaction, event.payload.leadId, routingFactsFrom(event.payload.facts));
  }

  fromCapture(event: AccordEvent<'capture.lead.captured.v1'>, transaction: HandOffTransaction): Promise<void> {
    const { leadId, person, touchpoint } = event.payload;
    return this.profiles.merge(transaction, leadId, { source: touchpoint.source, emailHash: emailHash(person.email) });
  }
}
