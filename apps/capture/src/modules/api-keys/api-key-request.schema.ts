import { z } from 'zod';
import { ApiKeyScope } from './domain/api-key-scope';

export const apiKeyRequestSchema = z.object({
  name: z.string().trim().min(1).max(200),
  source: z
    .string()
    .trim()
    .regex(/^[a-z0-9][a-z0-9._-]{0,99}$/, 'must be a lower-case source code such as website or partner-x'),
  scopes: z.array(ApiKeyScope).min(1).max(10).default(['leads:write']),
  defaultPhoneRegion: z
    .string()
    .regex(/^[A-Z]{2}$/, 'must be an ISO 3166 alpha-2 code like NL')
    .nullish()
    .transform((value) => value ?? null),
});

export type ApiKeyRequest = z.infer<typeof apiKeyRequestSchema>;
