import { z } from 'zod';

export const webFormSchema = z.object({
  source: z.string().regex(/^[a-z0-9][a-z0-9._-]{0,99}$/),
  /** Origins whose pages may post this form from script; plain browser form posts send one too. */
  allowedOrigins: z.array(z.url()).default([]),
  /** Form field name to lead field, for forms whose inputs are named otherwise (e.g. "your-email": "email"). */
  fieldMap: z.record(z.string().max(200), z.string().max(100)).default({}),
  /** A field hidden from people; a value in it means a bot filled the form. */
  honeypot: z.string().max(100).default('website'),
  /** Where the browser goes after a submission; without it the answer is JSON. */
  redirectUrl: z.url({ protocol: /^https?$/ }).optional(),
  consentTextVersion: z.string().max(100).optional(),
  defaultPhoneRegion: z.string().regex(/^[A-Z]{2}$/).optional(),
});

export type WebForm = z.infer<typeof webFormSchema>;

const leadFields = ['email', 'firstName', 'lastName', 'phone', 'jobTitle', 'company', 'country', 'campaign', 'medium', 'landingPage', 'referrer'];
const utmFields = { utm_source: 'source', utm_medium: 'medium', utm_campaign: 'campaign', utm_term: 'term', utm_content: 'content' } as const;
const clickIdFields = { gclid: 'gclid', fbclid: 'fbclid', li_fat_id: 'liFatId' } as const;
const checked = new Set(['on', 'true', '1', 'yes']);

export function isOriginAllowed(form: WebForm, origin: string): boolean {
  return form.allowedOrigins.some((allowed) => new URL(allowed).origin === origin);
}

export function isHoneypotFilled(form: WebForm, fields: Record<string, unknown>): boolean {
  const value = fields[form.honeypot];
  return typeof value === 'string' ? value.trim() !== '' : value !== undefined;
}

/**
 * A browser's form fields as the JSON API's request shape: renamed by the form's field map, UTM
 * parameters and click ids by their usual names, and the marketing checkbox as consent given or not.
 */
export function formFieldsAsRequest(form: WebForm, fields: Record<string, unknown>, pageUrl: string | null, formKey: string) {
  const text = (name: string) => {
    const value = fields[name];
    return typeof value === 'string' ? value : Array.isArray(value) ? value : undefined;
  };
  const renamed: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(fields)) {
    const target = form.fieldMap[name] ?? name;
    if (leadFields.includes(target)) renamed[target] = value;
  }
  const utm = Object.fromEntries(Object.entries(utmFields).map(([name, field]) => [field, text(name)]));
  const clickIds = Object.fromEntries(Object.entries(clickIdFields).map(([name, field]) => [field, text(name)]));
  const consentField = fields[Object.keys(form.fieldMap).find((name) => form.fieldMap[name] === 'consentMarketing') ?? 'consentMarketing'];
  const granted = typeof consentField === 'string' && checked.has(consentField.trim().toLowerCase());
  return {
    ...renamed,
    landingPage: renamed['landingPage'] ?? pageUrl ?? undefined,
    form: formKey,
    utm,
    clickIds,
    consent: { records: [{ purpose: 'marketing', granted, textVersion: form.consentTextVersion ?? null }] },
  };
}
