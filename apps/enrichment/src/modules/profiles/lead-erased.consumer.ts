import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import { AccordEvent, erasureCompletedPayload } from '@accord/contracts';
import { EventContext, HandlesEvent, Outbox } from '@accord/messaging';
import { EnrichmentTransaction } from '../../database/enrichment-database';
import { EnrichedEventsErasureRepository } from './enriched-events-erasure.repository';
import { EraseLeadUseCase } from './erase-lead.usecase';

/** Capture erased the person; their facts, history, retries, cache entries and published facts go too, and capture hears so. */
@Controller()
export class LeadErasedConsumer {
  constructor(
    private readonly eraseLead: EraseLeadUseCase,
    private readonly enrichedEvents: EnrichedEventsErasureRepository,
    private readonly outbox: Outbox,
  ) {}

  @HandlesEvent('capture.lead.erased.v1')
  async handle(@Payload() event: AccordEvent<'capture.lead.erased.v1'>, @Ctx() context: EventContext<EnrichmentTransaction>): Promise<void> {
    const { leadId } = event.payload;
    await this.eraseLead.execute(leadId, context.transaction);
    await this.enrichedEvents.erase(context.transaction, leadId);
    await this.outbox.append(context.transaction, 'enrichment.lead.erasure-completed.v1', erasureCompletedPayload(event, []), event);
  }
}
