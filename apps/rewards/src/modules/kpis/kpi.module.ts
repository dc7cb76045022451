import { Module } from '@nestjs/common';
import { LeadLockRepository } from '../../database/lead-lock.repository';
import { FunnelModule } from '../funnel/funnel.module';
import { ComputeKpisUsecase } from './compute-kpis.usecase';
import { KpiController } from './kpi.controller';
import { KpiRepository } from './kpi.repository';
import { KpiRollupRepository } from './kpi-rollup.repository';
import { RefreshKpiGaugesUsecase } from './refresh-kpi-gauges.usecase';

@Module({
  imports: [FunnelModule],
  controllers: [KpiController],
  providers: [KpiRepository, KpiRollupRepository, LeadLockRepository, ComputeKpisUsecase, RefreshKpiGaugesUsecase],
  exports: [ComputeKpisUsecase, KpiRollupRepository],
})
export class KpiModule {}
