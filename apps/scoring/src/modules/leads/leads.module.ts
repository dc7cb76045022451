import { Module } from '@nestjs/common';
import { ActivityRepository } from './activity.repository';
import { LeadScoreRepository } from './lead-score.repository';
import { StageTransitionRepository } from './stage-transition.repository';

/** What scoring remembers of each lead: its facts, activities, current score and stage history. */
@Module({
  providers: [LeadScoreRepository, ActivityRepository, StageTransitionRepository],
  exports: [LeadScoreRepository, ActivityRepository, StageTransitionRepository],
})
export class LeadsModule {}
