import { Module } from '@nestjs/common';
import { LeadsModule } from '../leads/leads.module';
import { ScoresModule } from '../scores/scores.module';
import { ActivitiesController } from './activities.controller';
import { ActivityRecordedConsumer } from './activity-recorded.consumer';
import { RecordActivitiesUseCase } from './record-activities.usecase';
import { TouchpointsConsumer } from './touchpoints.consumer';

@Module({
  imports: [LeadsModule, ScoresModule],
  controllers: [ActivitiesController, ActivityRecordedConsumer, TouchpointsConsumer],
  providers: [RecordActivitiesUseCase],
})
export class ActivitiesModule {}
