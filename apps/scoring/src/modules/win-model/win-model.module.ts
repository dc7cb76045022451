import { Module } from '@nestjs/common';
import { OutcomeRepository } from './outcome.repository';
import { TrainWinModelUseCase } from './train-win-model.usecase';
import { WinModelController } from './win-model.controller';
import { WinModelPredictor } from './win-model-predictor.service';
import { WinModelRepository } from './win-model.repository';
import { WinModelScheduler } from './win-model.scheduler';

@Module({
  controllers: [WinModelController],
  providers: [OutcomeRepository, WinModelRepository, WinModelPredictor, TrainWinModelUseCase, WinModelScheduler],
  exports: [OutcomeRepository, WinModelPredictor],
})
export class WinModelModule {}
