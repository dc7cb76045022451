import { Module } from '@nestjs/common';
import { FunnelController } from './funnel.controller';
import { FunnelEventsConsumer } from './funnel-events.consumer';
import { FunnelRepository } from './funnel.repository';

@Module({
  controllers: [FunnelController, FunnelEventsConsumer],
  providers: [FunnelRepository],
})
export class FunnelModule {}
