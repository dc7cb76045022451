import { Module } from '@nestjs/common';
import { OutcomesModule } from '../outcomes/outcomes.module';
import { SlaTimerRepository } from '../sla/sla-timer.repository';
import { WebhooksModule } from '../webhooks/webhooks.module';
import { AssignLeadUseCase } from './assign-lead.usecase';
import { AssignmentRepository } from './assignment.repository';
import { LeadStageChangedConsumer } from './lead-stage-changed.consumer';
import { RoutingController } from './routing.controller';
import { RoutingHistoryRepository } from './routing-history.repository';
import { RoutingSnapshotRepository } from './routing-snapshot.repository';

@Module({
  imports: [WebhooksModule, OutcomesModule],
  controllers: [LeadStageChangedConsumer, RoutingController],
  providers: [AssignLeadUseCase, AssignmentRepository, RoutingSnapshotRepository, RoutingHistoryRepository, SlaTimerRepository],
  exports: [AssignmentRepository, RoutingSnapshotRepository, SlaTimerRepository],
})
export class AssignmentsModule {}
