import { z } from 'zod';
import { serviceConfigSchema } from '@accord/config';

export const rewardsConfigSchema = serviceConfigSchema.extend({
  PORT: serviceConfigSchema.shape.PORT.default(3105),
});

export type RewardsConfig = z.infer<typeof rewardsConfigSchema>;
