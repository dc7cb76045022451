import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import { AccordEvent } from '@accord/contracts';
import { EventContext, HandlesEvent } from '@accord/messaging';
import { ScoringTransaction } from '../../database/scoring-database';
import { ScoreLeadUseCase, ScoreRequest } from './score-lead.usecase';

type LeadEnriched = AccordEvent<'enrichment.lead.enriched.v1'>;

const scoreRequest = (event: LeadEnriched): ScoreRequest => ({
  leadId: event.payload.leadId,
  facts: event.payload.facts,
  cause: 'enriched',
  causeEvent: event,
  unlessErased: true,
});

@Controller()
export class LeadEnrichedConsumer {
  constructor(private readonly scoreLead: ScoreLeadUseCase) {}

  @HandlesEvent('enrichment.lead.enriched.v1')
  async handle(
    @Payload() event: AccordEvent<'enrichment.lead.enriched.v1'>,
    @Ctx() context: EventContext<ScoringTransaction>,
  ): Promise<void> {
    const upcoming = context.nextOfEachLead(event) as LeadEnriched[];
    await this.scoreLead.execute(context.transaction, scoreRequest(event), upcoming.map(scoreRequest));
  }
}
