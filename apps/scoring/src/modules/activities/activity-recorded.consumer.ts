import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import { AccordEvent } from '@accord/contracts';
import { EventContext, HandlesEvent } from '@accord/messaging';
import { ScoringTransaction } from '../../database/scoring-database';
import { RecordActivitiesUseCase } from './record-activities.usecase';

type ActivityRecorded = AccordEvent<'web.activity.recorded.v1'>;

const reported = (event: ActivityRecorded) => ({ activities: [event.payload], cause: event });

@Controller()
export class ActivityRecordedConsumer {
  constructor(private readonly recordActivities: RecordActivitiesUseCase) {}

  @HandlesEvent('web.activity.recorded.v1')
  async handle(@Payload() event: ActivityRecorded, @Ctx() context: EventContext<ScoringTransaction>) {
    const upcoming = context.nextOfEachLead(event) as ActivityRecorded[];
    await this.recordActivities.fromEvent(context.transaction, reported(event), upcoming.map(reported));
  }
}
