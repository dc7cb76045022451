import { Module } from '@nestjs/common';
import { LeadEnrichedConsumer } from './lead-enriched.consumer';
import { LeadScoreRepository } from './lead-score.repository';
import { ScoreLeadUseCase } from './score-lead.usecase';

@Module({
  controllers: [LeadEnrichedConsumer],
  providers: [ScoreLeadUseCase, LeadScoreRepository],
})
export class ScoresModule {}
