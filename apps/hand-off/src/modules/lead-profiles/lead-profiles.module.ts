import { Module } from '@nestjs/common';
import { OutcomesModule } from '../outcomes/outcomes.module';
import { LeadCapturedConsumer } from './lead-captured.consumer';
import { LeadEnrichedConsumer } from './lead-enriched.consumer';
import { LeadProfileRepository } from './lead-profile.repository';
import { RecordLeadFactsUseCase } from './record-lead-facts.usecase';

@Module({
  imports: [OutcomesModule],
  controllers: [LeadEnrichedConsumer, LeadCapturedConsumer],
  providers: [RecordLeadFactsUseCase, LeadProfileRepository],
  exports: [LeadProfileRepository],
})
export class LeadProfilesModule {}
