import { z } from 'zod';

// eslint-disable-next-line no-control-regex
const controlCharacters = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

const text = (max: number) =>
  z
    .string()
    .max(max)
    .refine((value) => !controlCharacters.test(value), 'must not contain control characters')
    .transform((value) => value.trim());

const optionalText = (max: number) =>
  text(max)
    .nullish()
    .transform((value) => (value ? value : null));

const url = z
  .string()
  .max(2000)
  .refine((value) => URL.canParse(value) && /^https?:$/.test(new URL(value).protocol), 'must be an http(s) URL')
  .nullish()
  .transform((value) => value ?? null);

const utmSchema = z
  .object({
    source: optionalText(200),
    medium: optionalText(200),
    campaign: optionalText(200),
    term: optionalText(200),
    content: optionalText(200),
  })
  .default({ source: null, medium: null, campaign: null, term: null, content: null });

const clickIdsSchema = z
  .object({ gclid: optionalText(500), fbclid: optionalText(500), liFatId: optionalText(500) })
  .default({ gclid: null, fbclid: null, liFatId: null });

const consentSchema = z
  .object({
    marketing: z.boolean().nullish().transform((value) => value ?? null),
    records: z
      .array(
        z.object({
          purpose: text(100).pipe(z.string().regex(/^[a-z][a-z0-9_-]*$/, 'must be a lower-case purpose code')),
          granted: z.boolean(),
          textVersion: optionalText(100),
        }),
      )
      .max(20)
      .default([]),
  })
  .default({ marketing: null, records: [] });

export const leadRequestSchema = z.object({
  email: text(320).pipe(z.email()),
  firstName: optionalText(200),
  lastName: optionalText(200),
  phone: optionalText(50),
  jobTitle: optionalText(200),
  company: optionalText(300),
  country: optionalText(100),
  form: optionalText(200),
  campaign: optionalText(200),
  medium: optionalText(100),
  utm: utmSchema,
  clickIds: clickIdsSchema,
  landingPage: url,
  referrer: url,
  occurredAt: z.iso
    .datetime({ offset: true })
    .nullish()
    .transform((value) => (value ? new Date(value) : null)),
  consent: consentSchema,
  isTest: z.boolean().default(false),
});

export type LeadRequest = z.infer<typeof leadRequestSchema>;
