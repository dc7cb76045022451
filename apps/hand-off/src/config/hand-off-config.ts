import { z } from 'zod';
import { encryptionKeyList, retentionDays, serviceConfigSchema } from '@accord/config';

const positiveInteger = (fallback: number) => z.coerce.number().int().positive().default(fallback);

export const handOffConfigSchema = serviceConfigSchema.extend({
  PORT: serviceConfigSchema.shape.PORT.default(3104),
  /** Where a lead waits when no rule, owner or rep can take it. */
  FALLBACK_QUEUE: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'must be lower-case letters, digits and dashes').default('inbound'),
  FALLBACK_ACCEPT_WITHIN_HOURS: z.coerce.number().positive().default(4),
  SLA_POLL_INTERVAL_MS: positiveInteger(1_000),
  SLA_BATCH_SIZE: positiveInteger(100),
  WEBHOOK_POLL_INTERVAL_MS: positiveInteger(500),
  WEBHOOK_MAX_ATTEMPTS: positiveInteger(8),
  WEBHOOK_BACKOFF_BASE_MS: positiveInteger(1_000),
  WEBHOOK_BACKOFF_MAX_MS: positiveInteger(600_000),
  WEBHOOK_TIMEOUT_MS: positiveInteger(5_000),
  /** `id:base64-32-bytes,…` encrypting subscribers' signing secrets at rest; the first seals, all open. */
  WEBHOOK_SECRET_KEYS: encryptionKeyList,
  /** Standard Webhooks secret (whsec_…) that sales tools sign outcome webhooks with. */
  OUTCOME_WEBHOOK_SECRET: z
    .string()
    .regex(/^whsec_[A-Za-z0-9+/=]{16,}$/, 'must be a Standard Webhooks secret like whsec_<base64>')
    .optional(),
  /**
   * Days an outcome that never matched a lead keeps the e-mail hash it arrived with; no erasure
   * reaches it through a lead. Unset keeps it until it matches.
   */
  PERSONAL_DATA_RETENTION_DAYS: retentionDays(),
  RETENTION_SWEEP_INTERVAL_MS: positiveInteger(3_600_000),
});

export type HandOffConfig = z.infer<typeof handOffConfigSchema>;
