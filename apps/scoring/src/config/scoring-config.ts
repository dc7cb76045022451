import { z } from 'zod';
import { serviceConfigSchema } from '@accord/config';

export const scoringConfigSchema = serviceConfigSchema.extend({
  PORT: serviceConfigSchema.shape.PORT.default(3103),
});

export type ScoringConfig = z.infer<typeof scoringConfigSchema>;
