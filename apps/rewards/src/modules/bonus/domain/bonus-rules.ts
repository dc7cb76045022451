import { z } from 'zod';
import { attributionModels } from '../../attribution/domain/attribution-model';

/** A share of the revenue attributed to the beneficiary's campaigns, scaled by lead quality. */
export const RevenueShareRule = z.object({
  kind: z.literal('attributed_revenue_share'),
  model: z.enum(attributionModels),
  shareBasisPoints: z.number().int().min(0).max(10_000),
  /** The acceptance rate at which the full share is paid; below it the share shrinks in proportion. */
  acceptanceRateTarget: z.number().gt(0).max(1),
});

/** A fixed amount when the shared pipeline key result is met; both teams can hold the same one. */
export const PipelineKeyResultRule = z.object({
  kind: z.literal('pipeline_key_result'),
  targetMinor: z.number().int().positive(),
  payoutMinor: z.number().int().min(0),
});

export const BonusRule = z.discriminatedUnion('kind', [RevenueShareRule, PipelineKeyResultRule]);
export type BonusRule = z.infer<typeof BonusRule>;
