import { z } from 'zod';
import { serviceConfigSchema } from '@accord/config';

export const enrichmentConfigSchema = serviceConfigSchema.extend({
  PORT: serviceConfigSchema.shape.PORT.default(3102),
});

export type EnrichmentConfig = z.infer<typeof enrichmentConfigSchema>;
