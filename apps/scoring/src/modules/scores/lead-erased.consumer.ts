import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import { AccordEvent } from '@accord/contracts';
import { EventContext, HandlesEvent } from '@accord/messaging';
import { ScoringTransaction } from '../../database/scoring-database';
import { LeadFactsErasureRepository } from './lead-facts-erasure.repository';

@Controller()
export class LeadErasedConsumer {
  constructor(private readonly erasure: LeadFactsErasureRepository) {}

  @HandlesEvent('capture.lead.erased.v1')
  handle(@Payload() event: AccordEvent<'capture.lead.erased.v1'>, @Ctx() context: EventContext<ScoringTransaction>): Promise<void> {
    return this.erasure.erase(context.transaction, event.payload.leadId);
  }
}
