import { z } from 'zod';

/** Only the envelope; each lead is validated on its own so one bad row does not sink the others. */
export const batchRequestSchema = z.object({ leads: z.array(z.unknown()).min(1) });

export type BatchRequest = z.infer<typeof batchRequestSchema>;
