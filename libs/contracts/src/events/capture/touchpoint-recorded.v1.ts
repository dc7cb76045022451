import { z } from 'zod';
import { defineEvent } from '../../define-event';
import { LeadId } from '../../identifiers';
import { CapturedPerson, Consent, Touchpoint } from './lead-captured.v1';

export const touchpointRecordedV1 = defineEvent({
  type: 'capture.touchpoint.recorded.v1',
  producer: 'capture',
  description:
    'A known lead reached us again; the submission was merged into the lead as a new touchpoint, with what it said this time.',
  consumers: ['enrichment', 'scoring', 'rewards'],
  payload: z.object({
    leadId: LeadId,
    touchpoint: Touchpoint.required({ touchpointId: true }),
    person: CapturedPerson,
    consent: Consent,
    matchedBy: z.enum(['email', 'phone']),
    isTest: z.boolean(),
  }),
});
