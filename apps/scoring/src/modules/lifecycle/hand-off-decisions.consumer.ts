import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import { AccordEvent } from '@accord/contracts';
import { EventContext, HandlesEvent } from '@accord/messaging';
import { ScoringTransaction } from '../../database/scoring-database';
import { ApplyHandOffDecisionUseCase } from './apply-hand-off-decision.usecase';

type Context = EventContext<ScoringTransaction>;

@Controller()
export class HandOffDecisionsConsumer {
  constructor(private readonly apply: ApplyHandOffDecisionUseCase) {}

  @HandlesEvent('hand-off.lead.accepted.v1')
  accepted(@Payload() event: AccordEvent<'hand-off.lead.accepted.v1'>, @Ctx() context: Context) {
    return this.apply.execute(event, context.transaction);
  }

  @HandlesEvent('hand-off.lead.rejected.v1')
  rejected(@Payload() event: AccordEvent<'hand-off.lead.rejected.v1'>, @Ctx() context: Context) {
    return this.apply.execute(event, context.transaction);
  }

  @HandlesEvent('hand-off.lead.recycled.v1')
  recycled(@Payload() event: AccordEvent<'hand-off.lead.recycled.v1'>, @Ctx() context: Context) {
    return this.apply.execute(event, context.transaction);
  }

  @HandlesEvent('hand-off.lead.converted.v1')
  converted(@Payload() event: AccordEvent<'hand-off.lead.converted.v1'>, @Ctx() context: Context) {
    return this.apply.execute(event, context.transaction);
  }

  @HandlesEvent('hand-off.opportunity.closed.v1')
  closed(@Payload() event: AccordEvent<'hand-off.opportunity.closed.v1'>, @Ctx() context: Context) {
    return this.apply.execute(event, context.transaction);
  }
}
