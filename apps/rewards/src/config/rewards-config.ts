import { z } from 'zod';
import { serviceConfigSchema } from '@accord/config';

export const rewardsConfigSchema = serviceConfigSchema.extend({
  PORT: serviceConfigSchema.shape.PORT.default(3105),
  /** How many days it takes a touch to count half as much as one at opportunity creation. */
  ATTRIBUTION_HALF_LIFE_DAYS: z.coerce.number().positive().max(3650).default(7),
  /** How often the KPI gauges on /metrics are recomputed. */
  KPI_METRICS_REFRESH_MS: z.coerce.number().int().min(1000).default(60_000),
});

export type RewardsConfig = z.infer<typeof rewardsConfigSchema>;
