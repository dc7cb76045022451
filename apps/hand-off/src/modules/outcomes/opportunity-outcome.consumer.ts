import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import { AccordEvent } from '@accord/contracts';
import { EventContext, HandlesEvent } from '@accord/messaging';
import { HandOffTransaction } from '../../database/hand-off-database';
import { RecordOutcomeUseCase } from './record-outcome.usecase';

@Controller()
export class OpportunityOutcomeConsumer {
  constructor(private readonly recordOutcome: RecordOutcomeUseCase) {}

  @HandlesEvent('crm.opportunity.outcome.v1')
  handle(
    @Payload() event: AccordEvent<'crm.opportunity.outcome.v1'>,
    @Ctx() context: EventContext<HandOffTransaction>,
  ): Promise<void> {
    return this.recordOutcome.fromTopic(event, context.transaction);
  }
}
