import { z } from 'zod';

export const apiKeyScopes = ['leads:write', 'leads:read'] as const;
export const ApiKeyScope = z.enum(apiKeyScopes);
export type ApiKeyScope = z.infer<typeof ApiKeyScope>;

/** What a verified key lets its holder do, and as which source. */
export interface ApiKeyPrincipal {
  keyId: string;
  name: string;
  source: string;
  scopes: ApiKeyScope[];
  defaultPhoneRegion: string | null;
}
