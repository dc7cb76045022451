import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import { AccordEvent, erasureCompletedPayload } from '@accord/contracts';
import { EventContext, HandlesEvent, Outbox } from '@accord/messaging';
import { RewardsTransaction } from '../../database/rewards-database';

/**
 * Rewards never stores who a lead is: only the lead id, channels, sources, campaigns, stages and
 * money. It has nothing to erase, and confirms so, so the erasure report shows every service.
 */
@Controller()
export class LeadErasedConsumer {
  constructor(private readonly outbox: Outbox) {}

  @HandlesEvent('capture.lead.erased.v1')
  async handle(@Payload() event: AccordEvent<'capture.lead.erased.v1'>, @Ctx() context: EventContext<RewardsTransaction>): Promise<void> {
    const kept = ['funnel stages and campaign touchpoints by lead id', 'anonymised attributed revenue'];
    await this.outbox.append(context.transaction, 'rewards.lead.erasure-completed.v1', erasureCompletedPayload(event, kept), event);
  }
}
