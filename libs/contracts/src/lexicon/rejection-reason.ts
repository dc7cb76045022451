import { z } from 'zod';

/** Why sales turned a lead down; marketing reads these as lead-quality feedback. */
export const rejectionReasons = [
  'bad_fit',
  'no_budget',
  'wrong_contact',
  'duplicate',
  'unreachable',
  'too_early',
  'competitor',
  'spam',
  'other',
] as const;

export const RejectionReason = z.enum(rejectionReasons);
export type RejectionReason = z.infer<typeof RejectionReason>;
