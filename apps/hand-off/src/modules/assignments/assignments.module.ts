import { Module } from '@nestjs/common';
import { LeadProfilesModule } from '../lead-profiles/lead-profiles.module';
import { OutcomesModule } from '../outcomes/outcomes.module';
import { SlaTimerRepository } from '../sla/sla-timer.repository';
import { WebhooksModule } from '../webhooks/webhooks.module';
import { AssignLeadUseCase } from './assign-lead.usecase';
import { AssignmentRepository } from './assignment.repository';
import { LeadStageChangedConsumer } from './lead-stage-changed.consumer';
import { RoutingController } from './routing.controller';
import { RoutingHistoryRepository } from './routing-history.repository';
import { RoutingSnapshotRepository } from './routing-snapshot.repository';
import { WithdrawAssignmentUseCase } from './withdraw-assignment.usecase';

@Module({
  imports: [WebhooksModule, OutcomesModule, LeadProfilesModule],
  controllers: [LeadStageChangedConsumer, RoutingController],
  providers: [AssignLeadUseCase, WithdrawAssignmentUseCase, AssignmentRepository, RoutingSnapshotRepository, RoutingHistoryRepository, SlaTimerRepository],
  exports: [AssignmentRepository, RoutingSnapshotRepository, SlaTimerRepository],
})
export class AssignmentsModule {}
