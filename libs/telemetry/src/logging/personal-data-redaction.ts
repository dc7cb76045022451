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

// pino's redaction matches fixed paths; one wildcard per level reaches keys nested this deep.
const DEPTH = 6;
const PLAIN_KEY = /^[A-Za-z_$][\w$]*$/;

export const REDACTED = '[REDACTED]';

function pathAt(depth: number, key: string): string {
  const parents = Array<string>(depth).fill('*').join('.');
  const segment = PLAIN_KEY.test(key) ? `.${key}` : `["${key}"]`;
  const path = `${parents}${segment}`;
  return path.startsWith('.') ? path.slice(1) : path;
}

export function redactionPaths(): string[] {
  return Array.from({ length: DEPTH }, (_, depth) => depth).flatMap((depth) =>
    PERSONAL_DATA_KEYS.map((key) => pathAt(depth, key)),
  );
}
