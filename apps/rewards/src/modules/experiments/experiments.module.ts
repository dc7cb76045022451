import { Module } from '@nestjs/common';
import { ExperimentRepository } from './experiment.repository';
import { ExperimentsController } from './experiments.controller';
import { ExperimentsUsecase } from './experiments.usecase';

@Module({
  controllers: [ExperimentsController],
  providers: [ExperimentRepository, ExperimentsUsecase],
})
export class ExperimentsModule {}
