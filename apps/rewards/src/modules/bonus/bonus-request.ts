import { z } from 'zod';
import { BonusRule } from './domain/bonus-rules';

const Identifier = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._@-]{0,199}$/, 'letters, digits, . _ @ - only');

export const BonusPlanBody = z.object({
  name: z.string().trim().min(1).max(200),
  beneficiary: z.object({ kind: z.enum(['person', 'team']), id: Identifier }),
  cadence: z.enum(['month', 'quarter']),
  currency: z.string().regex(/^[A-Z]{3}$/, 'must be an ISO 4217 code such as EUR'),
  rules: z.array(BonusRule).min(1).max(20),
});
export type BonusPlanBody = z.infer<typeof BonusPlanBody>;

export const PeriodName = z.string().regex(/^\d{4}-(0[1-9]|1[0-2]|Q[1-4])$/, 'must be a month (2026-03) or a quarter (2026-Q1)');
export const PlanId = z.uuid();
