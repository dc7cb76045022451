import { Module } from '@nestjs/common';
import { AttributionModule } from '../attribution/attribution.module';
import { FunnelModule } from '../funnel/funnel.module';
import { PipelineEventsConsumer } from './pipeline-events.consumer';

@Module({
  imports: [FunnelModule, AttributionModule],
  controllers: [PipelineEventsConsumer],
})
export class PipelineEventsModule {}
