import { Module } from '@nestjs/common';
import { AssignmentsModule } from '../assignments/assignments.module';
import { WebhooksModule } from '../webhooks/webhooks.module';
import { LeadQualityController } from './lead-quality.controller';
import { LeadQualityRepository } from './lead-quality.repository';
import { RepActionsController } from './rep-actions.controller';
import { RepActionsUseCase } from './rep-actions.usecase';

@Module({
  imports: [AssignmentsModule, WebhooksModule],
  controllers: [RepActionsController, LeadQualityController],
  providers: [RepActionsUseCase, LeadQualityRepository],
})
export class RepActionsModule {}
