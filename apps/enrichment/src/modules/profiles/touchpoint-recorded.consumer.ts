import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import { AccordEvent } from '@accord/contracts';
import { EventContext, HandlesEvent } from '@accord/messaging';
import { EnrichmentTransaction } from '../../database/enrichment-database';
import { EnrichLeadUseCase } from './enrich-lead.usecase';

/** A known lead came back: enrich again from what the person submitted this time. */
@Controller()
export class TouchpointRecordedConsumer {
  constructor(private readonly enrichLead: EnrichLeadUseCase) {}

  @HandlesEvent('capture.touchpoint.recorded.v1')
  async handle(
    @Payload() event: AccordEvent<'capture.touchpoint.recorded.v1'>,
    @Ctx() context: EventContext<EnrichmentTransaction>,
  ): Promise<void> {
    const { leadId, person } = event.payload;
    await this.enrichLead.execute({ leadId, person, trigger: 'touchpoint', cause: event, readAhead: context.chunkLeadIds }, context.transaction);
  }
}
