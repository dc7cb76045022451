import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import { AccordEvent } from '@accord/contracts';
import { EventContext, HandlesEvent } from '@accord/messaging';
import { HandOffTransaction } from '../../database/hand-off-database';
import { AssignLeadUseCase } from './assign-lead.usecase';

@Controller()
export class LeadStageChangedConsumer {
  constructor(private readonly assignLead: AssignLeadUseCase) {}

  @HandlesEvent('scoring.lead.stage-changed.v1')
  handle(
    @Payload() event: AccordEvent<'scoring.lead.stage-changed.v1'>,
    @Ctx() context: EventContext<HandOffTransaction>,
  ): Promise<void> {
    return this.assignLead.execute(event, context.transaction);
  }
}
