import { Module } from '@nestjs/common';
import { CaptureLeadUseCase } from './capture-lead.usecase';
import { LeadRepository } from './lead.repository';
import { LeadsController } from './leads.controller';

@Module({
  controllers: [LeadsController],
  providers: [CaptureLeadUseCase, LeadRepository],
})
export class LeadsModule {}
