import { Body, Controller, HttpCode, Inject, Post } from '@nestjs/common';
import { uuidv7 } from 'uuidv7';
import { Activity } from '@accord/contracts';
import { ProblemException, SERVICE_CONFIG, Transactions, ZodValidationPipe } from '@accord/platform';
import { ScoringConfig } from '../../config/scoring-config';
import { ScoringTransaction } from '../../database/scoring-database';
import { Clock } from '../clock/clock';
import { activityBatchSchema, ActivityInput, activityInput } from './activity-request.schema';
import { RecordActivitiesUseCase } from './record-activities.usecase';

const allowedClockSkewMs = 5 * 60_000;

@Controller('v1/activities')
export class ActivitiesController {
  private readonly batchPipe: ZodValidationPipe<ReturnType<typeof activityBatchSchema>>;
  private readonly singlePipe = new ZodValidationPipe(activityInput);

  constructor(
    private readonly recordActivities: RecordActivitiesUseCase,
    private readonly transactions: Transactions,
    private readonly clock: Clock,
    @Inject(SERVICE_CONFIG) config: ScoringConfig,
  ) {
    this.batchPipe = new ZodValidationPipe(activityBatchSchema(config.ACTIVITY_BATCH_LIMIT));
  }

  /** One activity, or `{ activities: [...] }`; all are recorded or, if any is invalid, none. */
  @Post()
  @HttpCode(200)
  async record(@Body() body: unknown) {
    const isBatch = typeof body === 'object' && body !== null && 'activities' in body;
    const inputs: ActivityInput[] = isBatch ? this.batchPipe.transform(body).activities : [this.singlePipe.transform(body)];
    const now = this.clock.now();
    const activities: Activity[] = inputs.map((activity) => ({
      ...activity,
      activityId: activity.activityId ?? uuidv7(),
      occurredAt: activity.occurredAt ?? now.toISOString(),
    }));
    const future = activities.findIndex((activity) => Date.parse(activity.occurredAt) > now.getTime() + allowedClockSkewMs);
    if (future >= 0) {
      throw new ProblemException(400, 'Invalid request', 'An activity cannot happen in the future.', [
        { pointer: isBatch ? `/activities/${future}/occurredAt` : '/occurredAt', detail: 'is in the future' },
      ], 'https://accord.dev/problems/invalid-request');
    }
    return this.transactions.run((transaction: ScoringTransaction) => this.recordActivities.execute(transaction, activities));
  }
}
