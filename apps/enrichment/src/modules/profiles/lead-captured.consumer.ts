import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import { AccordEvent } from '@accord/contracts';
import { EventContext, HandlesEvent } from '@accord/messaging';
import { EnrichmentTransaction } from '../../database/enrichment-database';
import { EnrichLeadUseCase } from './enrich-lead.usecase';

@Controller()
export class LeadCapturedConsumer {
  constructor(private readonly enrichLead: EnrichLeadUseCase) {}

  @HandlesEvent('capture.lead.captured.v1')
  async handle(
    @Payload() event: AccordEvent<'capture.lead.captured.v1'>,
    @Ctx() context: EventContext<EnrichmentTransaction>,
  ): Promise<void> {
    const { leadId, person } = event.payload;
    await this.enrichLead.execute({ leadId, person, trigger: 'captured', cause: event, readAhead: context.chunkLeadIds }, context.transaction);
  }
}
