import { z } from 'zod';
import { positiveInteger, serviceConfigSchema } from '@accord/config';

const optionalText = z.preprocess((value) => (value === '' ? undefined : value), z.string().min(1).optional());

export const enrichmentConfigSchema = serviceConfigSchema
  .extend({
    PORT: serviceConfigSchema.shape.PORT.default(3102),
    /** Facts older than this are enriched again by the stale sweep. */
    ENRICHMENT_STALE_AFTER_DAYS: positiveInteger(30),
    ENRICHMENT_STALE_SWEEP_INTERVAL_MS: positiveInteger(3_600_000),
    ENRICHMENT_RETRY_SWEEP_INTERVAL_MS: positiveInteger(5_000),
    ENRICHMENT_SWEEP_BATCH_SIZE: positiveInteger(100),
    ENRICHMENT_RETRY_BASE_DELAY_MS: positiveInteger(30_000),
    ENRICHMENT_RETRY_MAX_DELAY_MS: positiveInteger(6 * 3_600_000),
    ENRICHMENT_RETRY_MAX_ATTEMPTS: positiveInteger(8),
    /** Consecutive failures that open a provider's circuit, and how long it stays open. */
    ENRICHMENT_BREAKER_FAILURES: positiveInteger(5),
    ENRICHMENT_BREAKER_OPEN_MS: positiveInteger(30_000),
    /** How soon accounts imported through another instance are matched here. */
    ACCOUNTS_REFRESH_INTERVAL_MS: positiveInteger(30_000),
    /** The company-by-domain API; the provider is off while no URL is set. */
    COMPANY_API_URL: z.preprocess(
      (value) => (value === '' ? undefined : value),
      z.url({ protocol: /^https?$/, error: 'must be an http:// or https:// URL' }).optional(),
    ),
    COMPANY_API_KEY: optionalText,
    COMPANY_API_TIMEOUT_MS: positiveInteger(2_000),
    COMPANY_API_RATE_PER_SECOND: positiveInteger(10),
    COMPANY_API_CACHE_TTL_SECONDS: positiveInteger(7 * 86_400),
  })
  .superRefine((config, context) => {
    if (config.COMPANY_API_URL && !config.COMPANY_API_KEY) {
      context.addIssue({ code: 'custom', path: ['COMPANY_API_KEY'], message: 'is required when COMPANY_API_URL is set' });
    }
  });

export type EnrichmentConfig = z.infer<typeof enrichmentConfigSchema>;
