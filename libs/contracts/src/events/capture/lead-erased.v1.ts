import { z } from 'zod';
import { defineEvent } from '../../define-event';
import { Instant, LeadId } from '../../identifiers';

export const leadErasedV1 = defineEvent({
  type: 'capture.lead.erased.v1',
  producer: 'capture',
  description:
    'A person asked to be forgotten, or their retention period ran out: capture erased their personal data, and every other service erases its own and confirms with its own lead.erasure-completed.v1 event. The event id is the erasure id.',
  consumers: ['enrichment', 'scoring', 'hand-off', 'rewards'],
  payload: z.object({
    leadId: LeadId,
    erasedAt: Instant,
  }),
});
