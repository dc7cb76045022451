import { z } from 'zod';
import { positiveInteger, serviceConfigSchema } from '@accord/config';

export const rewardsConfigSchema = serviceConfigSchema.extend({
  PORT: serviceConfigSchema.shape.PORT.default(3105),
  // KPIs and attribution may trail a lead's path to a rep by a moment: fuller fetches make fewer
  // transactions, which leaves the shared cores to that path.
  KAFKA_FETCH_MIN_BYTES: positiveInteger(64 * 1024),
  KAFKA_FETCH_MAX_WAIT_MS: positiveInteger(250),
  /** How many days it takes a touch to count half as much as one at opportunity creation. */
  ATTRIBUTION_HALF_LIFE_DAYS: z.coerce.number().positive().max(3650).default(7),
  /** How often the KPI gauges on /metrics are recomputed. */
  KPI_METRICS_REFRESH_MS: z.coerce.number().int().min(1000).default(60_000),
});

export type RewardsConfig = z.infer<typeof rewardsConfigSchema>;
