import { Injectable } from '@nestjs/common';
import { AccordEvent } from '@accord/contracts';
import { Outbox } from '@accord/messaging';
import { EnrichmentTransaction } from '../../database/enrichment-database';
import { emailFacts } from './domain/email-facts';
import { submittedFacts } from './domain/submitted-facts';
import { ProfileRepository } from './profile.repository';

@Injectable()
export class EnrichLeadUseCase {
  constructor(
    private readonly profiles: ProfileRepository,
    private readonly outbox: Outbox,
  ) {}

  async execute(captured: AccordEvent<'capture.lead.captured.v1'>, transaction: EnrichmentTransaction): Promise<void> {
    const now = new Date();
    const { leadId, person } = captured.payload;
    const facts = { ...submittedFacts(person, now.toISOString()), ...emailFacts(person.email, now.toISOString()) };
    await this.profiles.saveFacts(transaction, leadId, facts, now);
    await this.outbox.append(transaction, 'enrichment.lead.enriched.v1', { leadId, facts }, captured);
  }
}
