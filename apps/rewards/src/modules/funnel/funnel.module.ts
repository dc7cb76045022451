import { Module } from '@nestjs/common';
import { FunnelController } from './funnel.controller';
import { FunnelRepository } from './funnel.repository';

@Module({
  controllers: [FunnelController],
  providers: [FunnelRepository],
  exports: [FunnelRepository],
})
export class FunnelModule {}
