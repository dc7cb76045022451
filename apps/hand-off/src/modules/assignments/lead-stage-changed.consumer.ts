import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import { AccordEvent } from '@accord/contracts';
import { EventContext, HandlesEvent } from '@accord/messaging';
import { HandOffTransaction } from '../../database/hand-off-database';
import { AssignLeadUseCase } from './assign-lead.usecase';
import { WithdrawAssignmentUseCase } from './withdraw-assignment.usecase';

type StageChanged = AccordEvent<'scoring.lead.stage-changed.v1'>;

@Controller()
export class LeadStageChangedConsumer {
  constructor(
    private readonly assignLead: AssignLeadUseCase,
    private readonly withdrawAssignment: WithdrawAssignmentUseCase,
  ) {}

  @HandlesEvent('scoring.lead.stage-changed.v1')
  handle(@Payload() event: AccordEvent<'scoring.lead.stage-changed.v1'>, @Ctx() context: EventContext<HandOffTransaction>): Promise<void> {
    if (event.payload.to === 'mql') {
      const upcoming = context.nextOfEachLead(event, (next) => (next as StageChanged).payload.to === 'mql') as StageChanged[];
      return this.assignLead.execute(event, context.transaction, upcoming);
    }
    return this.withdrawAssignment.execute(event, context.transaction);
  }
}
