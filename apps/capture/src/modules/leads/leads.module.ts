import { Module } from '@nestjs/common';
import { ApiKeysModule } from '../api-keys/api-keys.module';
import { AnswerOnceUseCase } from './answer-once.usecase';
import { CaptureLeadUseCase } from './capture-lead.usecase';
import { FirstSightings } from './first-sightings';
import { IdempotentRequestRepository } from './idempotent-request.repository';
import { LeadRepository } from './lead.repository';
import { LeadsController } from './leads.controller';
import { PayloadVault } from './payload-vault';

@Module({
  imports: [ApiKeysModule],
  controllers: [LeadsController],
  providers: [AnswerOnceUseCase, CaptureLeadUseCase, FirstSightings, IdempotentRequestRepository, LeadRepository, PayloadVault],
  exports: [CaptureLeadUseCase],
})
export class LeadsModule {}
