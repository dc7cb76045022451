import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import { AccordEvent, erasureCompletedPayload } from '@accord/contracts';
import { EventContext, HandlesEvent, Outbox } from '@accord/messaging';
import { EnrichmentTransaction } from '../../database/enrichment-database';
import { EnrichedEventsErasureRepository } from './enriched-events-erasure.repository';
import { EraseLeadUseCase } from './erase-lead.usecase';
import { ErasedLeadRepository } from './erased-lead.repository';

/**
 * Capture erased the person: their facts, history, retries, cache entries and published facts go,
 * later events about them change nothing, and capture hears so.
 */
@Controller()
export class LeadErasedConsumer {
  constructor(
    private readonly eraseLead: EraseLeadUseCase,
    private readonly enrichedEvents: EnrichedEventsErasureRepository,
    private readonly erasedLeads: ErasedLeadRepository,
    private readonly outbox: Outbox,
  ) {}

  @HandlesEvent('capture.lead.erased.v1')
  async handle(@Payload() event: AccordEvent<'capture.lead.erased.v1'>, @Ctx() context: EventContext<EnrichmentTransaction>): Promise<void> {
    const { leadId } = event.payload;
    await this.erasedLeads.remember(context.transaction, leadId, new Date(event.payload.erasedAt));
    await this.eraseLead.execute(leadId, context.transaction);
    await this.enrichedEvents.erase(context.transaction, leadId);
    await this.outbox.append(context.transaction, 'enrichment.lead.erasure-completed.v1', erasureCompletedPayload(event, []), event);
  }
}
