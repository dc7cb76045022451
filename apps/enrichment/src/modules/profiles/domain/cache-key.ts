import { createHash } from 'node:crypto';
import { ProviderInput } from './enrichment-provider';

/** A provider's cache key: a digest of its input, so no personal data sits in the key. */
export function cacheKey(input: ProviderInput): string {
  const canonical = JSON.stringify(Object.keys(input).sort().map((field) => [field, input[field]]));
  return createHash('sha256').update(canonical).digest('base64url');
}
