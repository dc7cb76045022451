import { Module } from '@nestjs/common';
import { AssignLeadUseCase } from './assign-lead.usecase';
import { AssignmentRepository } from './assignment.repository';
import { LeadStageChangedConsumer } from './lead-stage-changed.consumer';

@Module({
  controllers: [LeadStageChangedConsumer],
  providers: [AssignLeadUseCase, AssignmentRepository],
})
export class AssignmentsModule {}
