import { z } from 'zod';
import { positiveInteger, retentionDays, serviceConfigSchema } from '@accord/config';
import { webFormSchema } from '../modules/forms/domain/web-form';

const base64Key = z
  .string()
  .refine((value) => Buffer.from(value, 'base64').length === 32, 'must be 32 bytes, base64-encoded')
  .transform((value) => Buffer.from(value, 'base64'));

const webFormsJson = z
  .string()
  .transform((value, context) => {
    try {
      return JSON.parse(value) as unknown;
    } catch {
      context.addIssue({ code: 'custom', message: 'must be JSON: {"<formKey>": {"source": ..., ...}}' });
      return z.NEVER;
    }
  })
  .pipe(z.record(z.string().regex(/^[a-z0-9][a-z0-9_-]{0,99}$/), webFormSchema))
  .default({});

export const captureConfigSchema = serviceConfigSchema.extend({
  PORT: serviceConfigSchema.shape.PORT.default(3101),
  /** Bearer secret of the admin endpoints that create and revoke API keys; unset disables them. */
  ADMIN_API_KEY: z.string().min(24, 'must be at least 24 characters').optional(),
  /** AES-256-GCM key for the raw payloads kept for audit; unset keeps no raw payload at all. */
  PAYLOAD_ENCRYPTION_KEY: base64Key.optional(),
  /** Phone region assumed when neither the number nor the API key says otherwise (ISO 3166 alpha-2). */
  DEFAULT_PHONE_REGION: z.string().regex(/^[A-Z]{2}$/, 'must be an ISO 3166 alpha-2 code like NL').default('NL'),
  /** Sustained requests per second each source may make; bursts up to RATE_LIMIT_BURST. */
  RATE_LIMIT_PER_SECOND: positiveInteger(50),
  RATE_LIMIT_BURST: positiveInteger(100),
  BATCH_MAX_LEADS: positiveInteger(500),
  /** Google Ads lead form webhooks: the key configured in the form; unset disables the webhook. */
  GOOGLE_ADS_WEBHOOK_KEY: z.string().min(8).optional(),
  /** Facebook Lead Ads: app secret (signatures), verify token (subscription), page token (Graph API). */
  FACEBOOK_APP_SECRET: z.string().min(8).optional(),
  FACEBOOK_VERIFY_TOKEN: z.string().min(8).optional(),
  FACEBOOK_PAGE_ACCESS_TOKEN: z.string().min(1).optional(),
  FACEBOOK_GRAPH_URL: z.url({ protocol: /^https?$/ }).default('https://graph.facebook.com/v21.0'),
  FACEBOOK_FETCH_ATTEMPTS: positiveInteger(5),
  FACEBOOK_FETCH_BACKOFF_MS: positiveInteger(500),
  /** LinkedIn Lead Gen: the application's client secret; unset disables the webhook. */
  LINKEDIN_CLIENT_SECRET: z.string().min(8).optional(),
  /** OAuth token with r_marketing_leadgen_automation for the Lead Sync API; notified leads are fetched only while it and the client secret are set. */
  LINKEDIN_ACCESS_TOKEN: z.string().regex(/^\S{16,}$/, 'must be a LinkedIn OAuth access token: at least 16 characters, no spaces').optional(),
  LINKEDIN_API_BASE_URL: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL such as https://api.linkedin.com' }).default('https://api.linkedin.com'),
  /** The LinkedIn-Version (YYYYMM) the API is called with; LinkedIn retires each version about a year after it appears. */
  LINKEDIN_API_VERSION: z.string().regex(/^\d{6}$/, 'must be a LinkedIn API version like 202605 (YYYYMM)').default('202605'),
  LINKEDIN_FETCH_ATTEMPTS: positiveInteger(5),
  LINKEDIN_FETCH_BACKOFF_MS: positiveInteger(500),
  /** The HTML forms that may post to /v1/forms/{formKey}, as JSON keyed by form key. */
  WEB_FORMS: webFormsJson,
  /** Days without a new touchpoint after which a lead's personal data is erased everywhere; unset keeps it until erased on request. */
  PERSONAL_DATA_RETENTION_DAYS: retentionDays(),
  /** How often capture looks for leads past PERSONAL_DATA_RETENTION_DAYS. */
  RETENTION_SWEEP_INTERVAL_MS: positiveInteger(3_600_000),
  /** How long a verified API key is trusted without asking the database again. */
  API_KEY_CACHE_TTL_MS: z.coerce.number().int().min(0).default(10_000),
});

export type CaptureConfig = z.infer<typeof captureConfigSchema>;
