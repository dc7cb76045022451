import { Module } from '@nestjs/common';
import { EnrichLeadUseCase } from './enrich-lead.usecase';
import { LeadCapturedConsumer } from './lead-captured.consumer';
import { ProfileRepository } from './profile.repository';

@Module({
  controllers: [LeadCapturedConsumer],
  providers: [EnrichLeadUseCase, ProfileRepository],
})
export class ProfilesModule {}
