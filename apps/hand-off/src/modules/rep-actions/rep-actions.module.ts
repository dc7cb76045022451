import { Module } from '@nestjs/common';
import { AssignmentsModule } from '../assignments/assignments.module';
import { WebhooksModule } from '../webhooks/webhooks.module';
import { RepActionsController } from './rep-actions.controller';
import { RepActionsUseCase } from './rep-actions.usecase';

@Module({
  imports: [AssignmentsModule, WebhooksModule],
  controllers: [RepActionsController],
  providers: [RepActionsUseCase],
})
export class RepActionsModule {}
