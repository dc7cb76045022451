import { Module } from '@nestjs/common';
import { AssignmentsModule } from '../assignments/assignments.module';
import { WebhooksModule } from '../webhooks/webhooks.module';
import { FireDueTimersUseCase } from './fire-due-timers.usecase';
import { SlaTimerPoller } from './sla-timer-poller';

@Module({
  imports: [AssignmentsModule, WebhooksModule],
  providers: [FireDueTimersUseCase, SlaTimerPoller],
})
export class SlaModule {}
