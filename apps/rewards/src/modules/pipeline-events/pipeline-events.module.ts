import { Module } from '@nestjs/common';
import { AttributionModule } from '../attribution/attribution.module';
import { FunnelModule } from '../funnel/funnel.module';
import { KpiModule } from '../kpis/kpi.module';
import { PipelineEventsConsumer } from './pipeline-events.consumer';

@Module({
  imports: [FunnelModule, AttributionModule, KpiModule],
  controllers: [PipelineEventsConsumer],
})
export class PipelineEventsModule {}
