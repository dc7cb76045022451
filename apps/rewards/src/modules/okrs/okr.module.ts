import { Module } from '@nestjs/common';
import { KpiModule } from '../kpis/kpi.module';
import { OkrController } from './okr.controller';
import { OkrProgressUsecase } from './okr-progress.usecase';
import { OkrRepository } from './okr.repository';

@Module({
  imports: [KpiModule],
  controllers: [OkrController],
  providers: [OkrRepository, OkrProgressUsecase],
})
export class OkrModule {}
