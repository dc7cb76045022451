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

export const Touchpoint = z.object({
  channel: CaptureChannel,
  source: z.string().min(1).max(200),
  campaign: z.string().max(200).nullable(),
  medium: z.string().max(100).nullable(),
  occurredAt: Instant,
});

export const leadCapturedV1 = defineEvent({
  type: 'capture.lead.captured.v1',
  producer: 'capture',
  description: 'A person reached Accord for the first time and became a lead.',
  consumers: ['enrichment', 'rewards'],
  payload: z.object({
    leadId: LeadId,
    person: CapturedPerson,
    touchpoint: Touchpoint,
    consent: z.object({ marketing: z.boolean() }),
    isTest: z.boolean(),
  }),
});
