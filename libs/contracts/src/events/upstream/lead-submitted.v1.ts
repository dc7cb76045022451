import { z } from 'zod';
import { defineEvent } from '../../define-event';
import { Instant } from '../../identifiers';

const text = (max: number) => z.string().max(max).nullable().optional();

export const UpstreamLeadSubmission = z.object({
  /** Unique per submission in the upstream system, so a redelivered submission is captured once. */
  submissionId: z.string().min(1).max(200),
  /** The upstream system, recorded as the touchpoint's source. */
  system: z.string().regex(/^[a-z0-9][a-z0-9._-]{0,99}$/),
  person: z.object({
    email: z.string().max(320),
    firstName: text(200),
    lastName: text(200),
    phone: text(50),
    jobTitle: text(200),
    company: text(300),
    country: text(100),
  }),
  /** ISO 3166 alpha-2 region to read national phone numbers in. */
  phoneRegion: z.string().regex(/^[A-Z]{2}$/).nullable().optional(),
  touchpoint: z
    .object({
      form: text(200),
      campaign: text(200),
      medium: text(100),
      utm: z
        .object({ source: text(200), medium: text(200), campaign: text(200), term: text(200), content: text(200) })
        .optional(),
      clickIds: z.object({ gclid: text(500), fbclid: text(500), liFatId: text(500) }).optional(),
      landingPage: text(2000),
      referrer: text(2000),
      occurredAt: Instant.optional(),
    })
    .optional(),
  consent: z
    .object({
      marketing: z.boolean().nullable().optional(),
      records: z
        .array(z.object({ purpose: z.string().min(1).max(100), granted: z.boolean(), textVersion: text(100) }))
        .max(20)
        .optional(),
    })
    .optional(),
  isTest: z.boolean().optional(),
});

export const leadSubmittedV1 = defineEvent({
  type: 'upstream.lead.submitted.v1',
  producer: 'upstream',
  description:
    'A system that already collects leads hands one to Accord; capture validates it like any other channel and dead-letters what it cannot accept.',
  consumers: ['capture'],
  payload: UpstreamLeadSubmission,
});
