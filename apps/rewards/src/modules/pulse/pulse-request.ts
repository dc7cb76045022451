import { z } from 'zod';

export const Month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'must be a month such as 2026-03');
export const TeamId = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._@-]{0,199}$/, 'letters, digits, . _ @ - only');

const answer = z.string().trim().min(1).max(4000);
export const PulseAnswersBody = z.object({
  gaveEnergy: answer,
  costEnergy: answer,
  biggestLearning: answer,
  nextChallenge: answer,
});
export type PulseAnswersBody = z.infer<typeof PulseAnswersBody>;
