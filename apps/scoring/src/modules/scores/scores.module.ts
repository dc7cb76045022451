import { Module } from '@nestjs/common';
import { LeadsModule } from '../leads/leads.module';
import { LifecycleModule } from '../lifecycle/lifecycle.module';
import { WinModelModule } from '../win-model/win-model.module';
import { DecaySweepScheduler } from './decay-sweep.scheduler';
import { LeadEnrichedConsumer } from './lead-enriched.consumer';
import { LeadErasedConsumer } from './lead-erased.consumer';
import { LeadFactsErasureRepository } from './lead-facts-erasure.repository';
import { LeadRescoreController } from './lead-rescore.controller';
import { LeadScoreController } from './lead-score.controller';
import { PlaybookRescoreScheduler } from './playbook-rescore.scheduler';
import { PlaybookVersionRepository } from './playbook-version.repository';
import { ReadLeadScoreUseCase } from './read-lead-score.usecase';
import { RescoreLeadUseCase } from './rescore-lead.usecase';
import { ScoreLeadUseCase } from './score-lead.usecase';

@Module({
  imports: [LeadsModule, LifecycleModule, WinModelModule],
  controllers: [LeadEnrichedConsumer, LeadErasedConsumer, LeadScoreController, LeadRescoreController],
  providers: [ScoreLeadUseCase, ReadLeadScoreUseCase, RescoreLeadUseCase, LeadFactsErasureRepository, DecaySweepScheduler, PlaybookVersionRepository, PlaybookRescoreScheduler],
  exports: [ScoreLeadUseCase],
})
export class ScoresModule {}
