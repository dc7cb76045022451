import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import { AccordEvent, erasureCompletedPayload } from '@accord/contracts';
import { EventContext, HandlesEvent, Outbox } from '@accord/messaging';
import { HandOffTransaction } from '../../database/hand-off-database';
import { LeadErasureRepository } from './lead-erasure.repository';

/** Capture erased the person; routing facts stay, what identifies them goes, and capture hears so. */
@Controller()
export class LeadErasedConsumer {
  constructor(
    private readonly erasure: LeadErasureRepository,
    private readonly outbox: Outbox,
  ) {}

  @HandlesEvent('capture.lead.erased.v1')
  async handle(@Payload() event: AccordEvent<'capture.lead.erased.v1'>, @Ctx() context: EventContext<HandOffTransaction>): Promise<void> {
    await this.erasure.erase(context.transaction, event.payload.leadId);
    const kept = ['routing facts (country, segment, source)', 'assignments and routing decisions', 'outcomes without e-mail hash'];
    await this.outbox.append(context.transaction, 'hand-off.lead.erasure-completed.v1', erasureCompletedPayload(event, kept), event);
  }
}
