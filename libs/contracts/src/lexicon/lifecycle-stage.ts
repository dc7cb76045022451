import { z } from 'zod';

/** The stages both teams use for a lead, in funnel order, followed by the exits from it. */
export const lifecycleStages = [
  'lead',
  'mql',
  'sal',
  'sql',
  'opportunity',
  'customer',
  'nurture',
  'recycled',
  'disqualified',
] as const;

export const LifecycleStage = z.enum(lifecycleStages);
export type LifecycleStage = z.infer<typeof LifecycleStage>;
