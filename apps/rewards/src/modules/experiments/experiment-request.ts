import { z } from 'zod';

export const NewExperimentBody = z
  .object({
    title: z.string().trim().min(1).max(200),
    hypothesis: z.string().trim().min(10).max(4000),
    boldness: z.number().int().min(1).max(5),
    startsOn: z.iso.date(),
    endsOn: z.iso.date(),
  })
  .refine((body) => body.startsOn <= body.endsOn, { message: 'must not be before startsOn', path: ['endsOn'] });
export type NewExperimentBody = z.infer<typeof NewExperimentBody>;

export const OutcomeBody = z.object({
  outcome: z.enum(['succeeded', 'failed', 'inconclusive']),
  learnings: z.string().trim().min(1).max(20_000),
});
export type OutcomeBody = z.infer<typeof OutcomeBody>;

export const VoteBody = z.object({ experimentId: z.uuid() });
export type VoteBody = z.infer<typeof VoteBody>;

export const Month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'must be a month such as 2026-03');
