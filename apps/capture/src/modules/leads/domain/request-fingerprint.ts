import { createHash } from 'node:crypto';

function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((key) => [key, canonical((value as Record<string, unknown>)[key])]),
    );
  }
  return value;
}

/** Equal for requests with the same target and the same content, whatever the key order of their JSON. */
export function requestFingerprint(target: string, body: unknown): string {
  return createHash('sha256')
    .update(target)
    .update('\n')
    .update(JSON.stringify(canonical(body ?? null)))
    .digest('hex');
}
