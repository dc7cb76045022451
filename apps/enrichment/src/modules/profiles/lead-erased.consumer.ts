import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import { AccordEvent } from '@accord/contracts';
import { EventContext, HandlesEvent } from '@accord/messaging';
import { EnrichmentTransaction } from '../../database/enrichment-database';
import { EraseLeadUseCase } from './erase-lead.usecase';

/** Capture erased the person; their facts, history, retries and cache entries go too. */
@Controller()
export class LeadErasedConsumer {
  constructor(private readonly eraseLead: EraseLeadUseCase) {}

  @HandlesEvent('capture.lead.erased.v1')
  async handle(@Payload() event: AccordEvent<'capture.lead.erased.v1'>, @Ctx() context: EventContext<EnrichmentTransaction>): Promise<void> {
    await this.eraseLead.execute(event.payload.leadId, context.transaction);
  }
}
