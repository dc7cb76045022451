import { Module } from '@nestjs/common';
import { AdminKeyGuard } from '../api-keys/admin-key.guard';
import { EraseLeadUseCase } from './erase-lead.usecase';
import { ErasureConfirmationsConsumer } from './erasure-confirmations.consumer';
import { ErasureRequestRepository } from './erasure-request.repository';
import { ErasuresController } from './erasures.controller';
import { LeadAdminController } from './lead-admin.controller';
import { LeadErasureRepository } from './lead-erasure.repository';
import { PersonalDataRetentionJob } from './personal-data-retention.job';

@Module({
  controllers: [LeadAdminController, ErasuresController, ErasureConfirmationsConsumer],
  providers: [AdminKeyGuard, EraseLeadUseCase, LeadErasureRepository, ErasureRequestRepository, PersonalDataRetentionJob],
})
export class ErasureModule {}
