import { z } from 'zod';
import { defineEvent } from '../../define-event';
import { Instant, LeadId } from '../../identifiers';
import { CaptureChannel } from '../../lexicon';

export const CapturedPerson = z.object({
  email: z.email(),
  firstName: z.string().max(200).nullable(),
  lastName: z.string().max(200).nullable(),
  phone: z.string().max(50).nullable(),
  jobTitle: z.string().max(200).nullable(),
  company: z.string().max(300).nullable(),
  country: z.string().max(100).nullable(),
});

const optionalText = (max: number) => z.string().max(max).nullable().optional();

export const Touchpoint = z.object({
  touchpointId: z.string().min(1).optional(),
  channel: CaptureChannel,
  source: z.string().min(1).max(200),
  form: optionalText(200),
  campaign: z.string().max(200).nullable(),
  medium: z.string().max(100).nullable(),
  utm: z
    .object({
      source: optionalText(200),
      medium: optionalText(200),
      campaign: optionalText(200),
      term: optionalText(200),
      content: optionalText(200),
    })
    .optional(),
  clickIds: z.object({ gclid: optionalText(500), fbclid: optionalText(500), liFatId: optionalText(500) }).optional(),
  landingPage: optionalText(2000),
  referrer: optionalText(2000),
  occurredAt: Instant,
});

export const ConsentRecord = z.object({
  purpose: z.string().min(1).max(100),
  granted: z.boolean(),
  textVersion: z.string().max(100).nullable(),
  recordedAt: Instant,
  source: z.string().max(200),
});

export const Consent = z.object({
  marketing: z.boolean(),
  records: z.array(ConsentRecord).optional(),
});

export const leadCapturedV1 = defineEvent({
  type: 'capture.lead.captured.v1',
  producer: 'capture',
  description: 'A person reached Accord for the first time and became a lead.',
  consumers: ['enrichment', 'scoring', 'hand-off', 'rewards'],
  payload: z.object({
    leadId: LeadId,
    person: CapturedPerson,
    touchpoint: Touchpoint,
    consent: Consent,
    isTest: z.boolean(),
  }),
});
