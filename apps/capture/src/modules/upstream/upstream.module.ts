import { Module } from '@nestjs/common';
import { LeadsModule } from '../leads/leads.module';
import { UpstreamLeadsConsumer } from './upstream-leads.consumer';

@Module({
  imports: [LeadsModule],
  controllers: [UpstreamLeadsConsumer],
})
export class UpstreamModule {}
