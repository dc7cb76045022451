import { CaptureChannel } from '@accord/contracts';
import { ConsentDetails, LeadSubmission, UtmParameters, ClickIds } from './lead-submission';
import { normalizeEmail } from './normalize-email';
import { toE164 } from './normalize-phone';

/** A submission as a channel read it, already checked for shape and lengths. */
export interface LeadInput {
  email: string;
  firstName: string | null;
  lastName: string | null;
  phone: string | null;
  jobTitle: string | null;
  company: string | null;
  country: string | null;
  form: string | null;
  campaign: string | null;
  medium: string | null;
  utm: UtmParameters;
  clickIds: ClickIds;
  landingPage: string | null;
  referrer: string | null;
  occurredAt: Date | null;
  consent: {
    marketing: boolean | null;
    records: { purpose: string; granted: boolean; textVersion: string | null }[];
  };
  isTest: boolean;
}

export interface SubmissionContext {
  channel: CaptureChannel;
  source: string;
  defaultPhoneRegion: string;
  receivedAt: Date;
  externalId?: string;
}

export interface FieldError {
  /** JSON Pointer relative to the submission, e.g. /phone. */
  pointer: string;
  detail: string;
}

export type BuildResult = { ok: true; submission: LeadSubmission } | { ok: false; errors: FieldError[] };

const allowedClockSkewMs = 5 * 60_000;

function consentRecords(input: LeadInput, recordedAt: Date, source: string): ConsentDetails[] {
  const records = input.consent.records.map((record) => ({ ...record, recordedAt, source }));
  const statesMarketing = records.some((record) => record.purpose === 'marketing');
  if (!statesMarketing && input.consent.marketing !== null) {
    records.push({ purpose: 'marketing', granted: input.consent.marketing, textVersion: null, recordedAt, source });
  }
  return records;
}

/**
 * Turns well-formed input into a submission ready for identity resolution, or says which fields
 * make sense in form but not in meaning (a phone number that is no number, a time in the future).
 */
export function buildLeadSubmission(input: LeadInput, context: SubmissionContext, rawPayload: unknown): BuildResult {
  const errors: FieldError[] = [];
  const phoneE164 = input.phone ? toE164(input.phone, context.defaultPhoneRegion) : null;
  if (input.phone && !phoneE164) {
    errors.push({ pointer: '/phone', detail: `is not a valid phone number (default region ${context.defaultPhoneRegion})` });
  }
  const occurredAt = input.occurredAt ?? context.receivedAt;
  if (occurredAt.getTime() > context.receivedAt.getTime() + allowedClockSkewMs) {
    errors.push({ pointer: '/occurredAt', detail: 'lies in the future' });
  }
  const conflicting = new Set<string>();
  const seen = new Map<string, boolean>();
  for (const record of input.consent.records) {
    if (seen.has(record.purpose) && seen.get(record.purpose) !== record.granted) conflicting.add(record.purpose);
    seen.set(record.purpose, record.granted);
  }
  if (seen.has('marketing') && input.consent.marketing !== null && seen.get('marketing') !== input.consent.marketing) {
    conflicting.add('marketing');
  }
  for (const purpose of conflicting) {
    errors.push({ pointer: '/consent/records', detail: `grants and refuses ${purpose} at once` });
  }
  if (errors.length > 0) return { ok: false, errors };

  const consentSource = `${context.channel}:${context.source}`;
  const consents = consentRecords(input, occurredAt, consentSource);
  return {
    ok: true,
    submission: {
      person: {
        email: normalizeEmail(input.email),
        firstName: input.firstName,
        lastName: input.lastName,
        phone: input.phone,
        jobTitle: input.jobTitle,
        company: input.company,
        country: input.country,
      },
      phoneE164,
      touchpoint: {
        channel: context.channel,
        source: context.source,
        form: input.form,
        campaign: input.campaign ?? input.utm.campaign,
        medium: input.medium ?? input.utm.medium,
        utm: input.utm,
        clickIds: input.clickIds,
        landingPage: input.landingPage,
        referrer: input.referrer,
        occurredAt,
      },
      consents,
      marketingConsent: consents.some((record) => record.purpose === 'marketing' && record.granted),
      isTest: input.isTest,
      externalId: context.externalId ?? null,
      rawPayload,
    },
  };
}
