import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import { AccordEvent } from '@accord/contracts';
import { EventContext, HandlesEvent } from '@accord/messaging';
import { HandOffTransaction } from '../../database/hand-off-database';
import { LeadErasureRepository } from './lead-erasure.repository';

/** Capture erased the person; routing facts stay, what identifies them goes. */
@Controller()
export class LeadErasedConsumer {
  constructor(private readonly erasure: LeadErasureRepository) {}

  @HandlesEvent('capture.lead.erased.v1')
  handle(@Payload() event: AccordEvent<'capture.lead.erased.v1'>, @Ctx() context: EventContext<HandOffTransaction>): Promise<void> {
    return this.erasure.erase(context.transaction, event.payload.leadId);
  }
}
