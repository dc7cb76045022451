import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import { AccordEvent } from '@accord/contracts';
import { EventContext, HandlesEvent } from '@accord/messaging';
import { ScoringTransaction } from '../../database/scoring-database';
import { RecordActivitiesUseCase, ReportedActivities } from './record-activities.usecase';

type Submission = AccordEvent<'capture.lead.captured.v1' | 'capture.touchpoint.recorded.v1'>;

/** The form submission a captured touchpoint reports; null for an imported list, which is no engagement. */
function engagementOf(event: Submission): ReportedActivities | null {
  const { leadId, touchpoint } = event.payload;
  if (touchpoint.channel === 'csv_import') return null;
  const activity = {
    activityId: `touchpoint:${touchpoint.touchpointId ?? event.id}`,
    leadId,
    type: 'form_submission' as const,
    occurredAt: touchpoint.occurredAt,
    url: touchpoint.landingPage ?? null,
  };
  return { activities: [activity], cause: event };
}

/** A person who submits a form (or an ad platform's lead form) engages; an imported list does not. */
@Controller()
export class TouchpointsConsumer {
  constructor(private readonly recordActivities: RecordActivitiesUseCase) {}

  @HandlesEvent('capture.lead.captured.v1')
  captured(@Payload() event: AccordEvent<'capture.lead.captured.v1'>, @Ctx() context: EventContext<ScoringTransaction>) {
    return this.record(event, context);
  }

  @HandlesEvent('capture.touchpoint.recorded.v1')
  touchpoint(@Payload() event: AccordEvent<'capture.touchpoint.recorded.v1'>, @Ctx() context: EventContext<ScoringTransaction>) {
    return this.record(event, context);
  }

  private async record(event: Submission, context: EventContext<ScoringTransaction>): Promise<void> {
    const report = engagementOf(event);
    if (!report) return;
    const upcoming = context.nextOfEachLead(event, (next) => engagementOf(next as Submission) !== null) as Submission[];
    await this.recordActivities.fromEvent(context.transaction, report, upcoming.flatMap((next) => engagementOf(next) ?? []));
  }
}
