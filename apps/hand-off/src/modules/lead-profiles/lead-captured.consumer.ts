import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import { AccordEvent } from '@accord/contracts';
import { EventContext, HandlesEvent } from '@accord/messaging';
import { HandOffTransaction } from '../../database/hand-off-database';
import { RecordLeadFactsUseCase } from './record-lead-facts.usecase';

@Controller()
export class LeadCapturedConsumer {
  constructor(private readonly recordFacts: RecordLeadFactsUseCase) {}

  @HandlesEvent('capture.lead.captured.v1')
  handle(
    @Payload() event: AccordEvent<'capture.lead.captured.v1'>,
    @Ctx() context: EventContext<HandOffTransaction>,
  ): Promise<void> {
    const upcoming = context.nextOfEachLead(event) as Array<AccordEvent<'capture.lead.captured.v1'>>;
    return this.recordFacts.fromCapture(event, context.transaction, upcoming);
  }
}
