import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import { AccordEvent } from '@accord/contracts';
import { EventContext, HandlesEvent } from '@accord/messaging';
import { RewardsTransaction } from '../../database/rewards-database';
import { FunnelRepository } from './funnel.repository';

/** Every step of a lead through the pipeline lands in the shared funnel. */
@Controller()
export class FunnelEventsConsumer {
  constructor(private readonly funnel: FunnelRepository) {}

  @HandlesEvent('capture.lead.captured.v1')
  captured(@Payload() event: AccordEvent<'capture.lead.captured.v1'>, @Ctx() context: EventContext<RewardsTransaction>) {
    const { leadId, touchpoint, isTest } = event.payload;
    return this.funnel.recordCaptured(context.transaction, {
      leadId,
      channel: touchpoint.channel,
      source: touchpoint.source,
      campaign: touchpoint.campaign,
      isTest,
      capturedAt: new Date(event.occurredAt),
    });
  }

  @HandlesEvent('scoring.lead.stage-changed.v1')
  async stageChanged(
    @Payload() event: AccordEvent<'scoring.lead.stage-changed.v1'>,
    @Ctx() context: EventContext<RewardsTransaction>,
  ) {
    const { leadId, to, changedAt } = event.payload;
    if (to === 'mql') await this.funnel.recordQualified(context.transaction, leadId, new Date(changedAt));
  }

  @HandlesEvent('hand-off.lead.assigned.v1')
  assigned(@Payload() event: AccordEvent<'hand-off.lead.assigned.v1'>, @Ctx() context: EventContext<RewardsTransaction>) {
    const { leadId, assignedAt, assignee } = event.payload;
    return this.funnel.recordAssigned(context.transaction, leadId, new Date(assignedAt), assignee.id);
  }
}
