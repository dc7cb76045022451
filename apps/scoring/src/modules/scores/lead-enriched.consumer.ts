import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import { AccordEvent } from '@accord/contracts';
import { EventContext, HandlesEvent } from '@accord/messaging';
import { ScoringTransaction } from '../../database/scoring-database';
import { ScoreLeadUseCase } from './score-lead.usecase';

@Controller()
export class LeadEnrichedConsumer {
  constructor(private readonly scoreLead: ScoreLeadUseCase) {}

  @HandlesEvent('enrichment.lead.enriched.v1')
  async handle(
    @Payload() event: AccordEvent<'enrichment.lead.enriched.v1'>,
    @Ctx() context: EventContext<ScoringTransaction>,
  ): Promise<void> {
    const { leadId, facts } = event.payload;
    await this.scoreLead.execute(context.transaction, { leadId, facts, cause: 'enriched', causeEvent: event, unlessErased: true });
  }
}
