import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import { AccordEvent } from '@accord/contracts';
import { EventContext, HandlesEvent } from '@accord/messaging';
import { ScoringTransaction } from '../../database/scoring-database';
import { RecordActivitiesUseCase } from './record-activities.usecase';

@Controller()
export class ActivityRecordedConsumer {
  constructor(private readonly recordActivities: RecordActivitiesUseCase) {}

  @HandlesEvent('web.activity.recorded.v1')
  async handle(@Payload() event: AccordEvent<'web.activity.recorded.v1'>, @Ctx() context: EventContext<ScoringTransaction>) {
    await this.recordActivities.execute(context.transaction, [event.payload], event);
  }
}
