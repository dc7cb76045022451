import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import { AccordEvent, erasureCompletedPayload } from '@accord/contracts';
import { EventContext, HandlesEvent, Outbox } from '@accord/messaging';
import { ScoringTransaction } from '../../database/scoring-database';
import { LeadFactsErasureRepository } from './lead-facts-erasure.repository';

@Controller()
export class LeadErasedConsumer {
  constructor(
    private readonly erasure: LeadFactsErasureRepository,
    private readonly outbox: Outbox,
  ) {}

  @HandlesEvent('capture.lead.erased.v1')
  async handle(@Payload() event: AccordEvent<'capture.lead.erased.v1'>, @Ctx() context: EventContext<ScoringTransaction>): Promise<void> {
    await this.erasure.erase(context.transaction, event.payload.leadId, new Date(event.payload.erasedAt));
    const kept = ['scores, grades and their explanations', 'stage history', 'activities'];
    await this.outbox.append(context.transaction, 'scoring.lead.erasure-completed.v1', erasureCompletedPayload(event, kept), event);
  }
}
