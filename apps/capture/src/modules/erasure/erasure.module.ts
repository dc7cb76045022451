import { Module } from '@nestjs/common';
import { AdminKeyGuard } from '../api-keys/admin-key.guard';
import { EraseLeadUseCase } from './erase-lead.usecase';
import { LeadAdminController } from './lead-admin.controller';
import { LeadErasureRepository } from './lead-erasure.repository';

@Module({
  controllers: [LeadAdminController],
  providers: [AdminKeyGuard, EraseLeadUseCase, LeadErasureRepository],
})
export class ErasureModule {}
