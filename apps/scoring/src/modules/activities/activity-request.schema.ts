import { z } from 'zod';
import { Activity } from '@accord/contracts';

/** An activity as a client sends it: without an id one is assigned, without a time it happened now. */
export const activityInput = Activity.extend({
  activityId: Activity.shape.activityId.optional(),
  occurredAt: Activity.shape.occurredAt.optional(),
});
export type ActivityInput = z.infer<typeof activityInput>;

export const activityBatchSchema = (batchLimit: number) => z.strictObject({ activities: z.array(activityInput).min(1).max(batchLimit) });
