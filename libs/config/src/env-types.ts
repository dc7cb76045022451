import { z } from 'zod';

export const port = (fallback: number) => z.coerce.number().int().min(0).max(65535).default(fallback);

export const postgresUrl = z
  .url({ protocol: /^postgres(ql)?$/, error: 'must be a postgres:// or postgresql:// URL' })
  .describe('PostgreSQL connection URL');

export const commaSeparatedList = z
  .string()
  .transform((value) => value.split(',').map((item) => item.trim()).filter(Boolean))
  .pipe(z.array(z.string()).min(1, 'must list at least one entry'));

export const positiveInteger = (fallback: number) => z.coerce.number().int().positive().default(fallback);

export const nonNegativeInteger = (fallback: number) => z.coerce.number().int().min(0).default(fallback);

export const logLevel = z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info');

/** PERSONAL_DATA_RETENTION_DAYS: how long a service keeps personal data after the last activity; unset keeps it until erased on request. */
export const retentionDays = () => z.coerce.number().int('must be a whole number of days').min(1, 'must be at least 1 day').optional();
