import { Module } from '@nestjs/common';
import { FunnelModule } from '../funnel/funnel.module';
import { ComputeKpisUsecase } from './compute-kpis.usecase';
import { KpiController } from './kpi.controller';
import { KpiRepository } from './kpi.repository';
import { RefreshKpiGaugesUsecase } from './refresh-kpi-gauges.usecase';

@Module({
  imports: [FunnelModule],
  controllers: [KpiController],
  providers: [KpiRepository, ComputeKpisUsecase, RefreshKpiGaugesUsecase],
  exports: [ComputeKpisUsecase],
})
export class KpiModule {}
