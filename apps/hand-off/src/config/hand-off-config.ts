import { z } from 'zod';
import { serviceConfigSchema } from '@accord/config';

export const handOffConfigSchema = serviceConfigSchema.extend({
  PORT: serviceConfigSchema.shape.PORT.default(3104),
});

export type HandOffConfig = z.infer<typeof handOffConfigSchema>;
