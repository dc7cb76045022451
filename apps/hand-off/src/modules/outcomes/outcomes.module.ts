import { Module } from '@nestjs/common';
import { WebhooksModule } from '../webhooks/webhooks.module';
import { MatchOutcomesUseCase } from './match-outcomes.usecase';
import { OpportunityOutcomeConsumer } from './opportunity-outcome.consumer';
import { OutcomeRepository } from './outcome.repository';
import { OutcomeRetentionRepository } from './outcome-retention.repository';
import { OutcomeSignature } from './outcome-signature';
import { OutcomesController } from './outcomes.controller';
import { RecordOutcomeUseCase } from './record-outcome.usecase';
import { UnmatchedOutcomeRetentionJob } from './unmatched-outcome-retention.job';

@Module({
  imports: [WebhooksModule],
  controllers: [OutcomesController, OpportunityOutcomeConsumer],
  providers: [RecordOutcomeUseCase, MatchOutcomesUseCase, OutcomeRepository, OutcomeSignature, OutcomeRetentionRepository, UnmatchedOutcomeRetentionJob],
  exports: [MatchOutcomesUseCase],
})
export class OutcomesModule {}
