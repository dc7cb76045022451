import { z } from 'zod';

/** Marketing-track work is credited to the marketer and never counts against anyone. */
export const AssignmentTrack = z.enum(['sales', 'marketing']);
export type AssignmentTrack = z.infer<typeof AssignmentTrack>;
