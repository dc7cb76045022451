import { z } from 'zod';
import { serviceConfigSchema } from '@accord/config';

export const captureConfigSchema = serviceConfigSchema.extend({
  PORT: serviceConfigSchema.shape.PORT.default(3101),
});

export type CaptureConfig = z.infer<typeof captureConfigSchema>;
