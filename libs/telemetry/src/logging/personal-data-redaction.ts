/** Keys whose values identify a person or grant access, redacted wherever they appear. */
export const PERSONAL_DATA_KEYS = [
  'email',
  'emailAddress',
  'email_address',
  'phone',
  'phoneNumber',
  'phone_number',
  'mobile',
  'firstName',
  'first_name',
  'lastName',
  'last_name',
  'fullName',
  'full_name',
  'name',
  'ip',
  'ipAddress',
  'ip_address',
  'remoteAddress',
  'authorization',
  'cookie',
  'set-cookie',
  'x-api-key',
  'password',
] as const;

export const REDACTED = '[REDACTED]';

const personalKeys: ReadonlySet<string> = new Set(PERSONAL_DATA_KEYS);
// Deeper than any record the services log; what lies below is cut rather than walked.
const MAX_DEPTH = 10;

/**
 * A copy of a log record with the value of every personal-data key replaced, at any depth and in
 * arrays. One walk over the record: pino's own redaction matches one fixed path at a time, and with
 * a wildcard per level for these keys it cost about half a millisecond per line.
 */
export function withoutPersonalData<Record extends object>(record: Record): Record {
  return censor(record, 0, new WeakSet()) as Record;
}

function censor(value: unknown, depth: number, seen: WeakSet<object>): unknown {
  if (value === null || typeof value !== 'object' || value instanceof Date || Buffer.isBuffer(value)) return value;
  if (seen.has(value)) return '[Circular]';
  if (depth >= MAX_DEPTH) return '[Truncated]';
  seen.add(value);
  if (Array.isArray(value)) return value.map((item) => censor(item, depth + 1, seen));
  if (value instanceof Error) return value;
  const copy: { [key: string]: unknown } = {};
  for (const [key, inner] of Object.entries(value)) {
    copy[key] = personalKeys.has(key) ? REDACTED : censor(inner, depth + 1, seen);
  }
  return copy;
}
