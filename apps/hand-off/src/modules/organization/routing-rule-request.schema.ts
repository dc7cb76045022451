import { z } from 'zod';
import { slugSchema } from './working-hours.schema';

const values = z.array(z.string().trim().min(1).max(200)).max(100).optional();

export const routingRuleRequestSchema = z.object({
  position: z.number().int().min(0).max(1_000_000),
  name: z.string().trim().min(1).max(200),
  teamId: slugSchema,
  conditions: z
    .object({ territoryIds: z.array(slugSchema).max(100).optional(), segments: values, productInterests: values, sources: values })
    .strict()
    .default({}),
  enabled: z.boolean().default(true),
});

export type RoutingRuleRequest = z.infer<typeof routingRuleRequestSchema>;
