import { Module } from '@nestjs/common';
import { LeadsModule } from '../leads/leads.module';
import { WinModelModule } from '../win-model/win-model.module';
import { ApplyHandOffDecisionUseCase } from './apply-hand-off-decision.usecase';
import { ChangeStageUseCase } from './change-stage.usecase';
import { HandOffDecisionsConsumer } from './hand-off-decisions.consumer';

@Module({
  imports: [LeadsModule, WinModelModule],
  controllers: [HandOffDecisionsConsumer],
  providers: [ChangeStageUseCase, ApplyHandOffDecisionUseCase],
  exports: [ChangeStageUseCase],
})
export class LifecycleModule {}
