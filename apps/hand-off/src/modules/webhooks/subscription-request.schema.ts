import { z } from 'zod';
import { topicsProducedBy } from '@accord/contracts';

const handOffEventTypes = topicsProducedBy('hand-off') as [string, ...string[]];

export const subscriptionRequestSchema = z.object({
  url: z.url({ protocol: /^https?$/ }).max(2000),
  /** Empty: every hand-off event. */
  eventTypes: z.array(z.enum(handOffEventTypes)).max(50).default([]),
  maxAttempts: z.number().int().min(1).max(100).nullable().default(null),
});

export type SubscriptionRequest = z.infer<typeof subscriptionRequestSchema>;
