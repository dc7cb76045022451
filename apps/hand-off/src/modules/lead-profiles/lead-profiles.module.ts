import { Module } from '@nestjs/common';
import { OutcomesModule } from '../outcomes/outcomes.module';
import { LeadCapturedConsumer } from './lead-captured.consumer';
import { LeadEnrichedConsumer } from './lead-enriched.consumer';
import { LeadErasedConsumer } from './lead-erased.consumer';
import { LeadErasureRepository } from './lead-erasure.repository';
import { LeadProfileRepository } from './lead-profile.repository';
import { RecordLeadFactsUseCase } from './record-lead-facts.usecase';

@Module({
  imports: [OutcomesModule],
  controllers: [LeadEnrichedConsumer, LeadCapturedConsumer, LeadErasedConsumer],
  providers: [RecordLeadFactsUseCase, LeadProfileRepository, LeadErasureRepository],
  exports: [LeadProfileRepository],
})
export class LeadProfilesModule {}
