import { z } from 'zod';

/** Integer minor units (cents) and an ISO 4217 code, so sums never drift. */
export const Money = z.object({
  amountMinor: z.number().int().nonnegative(),
  currency: z.string().regex(/^[A-Z]{3}$/, 'must be an ISO 4217 code such as EUR'),
});
export type Money = z.infer<typeof Money>;
