import { z } from 'zod';
import { defineEvent } from '../../define-event';
import { Instant, LeadId } from '../../identifiers';

export const leadErasedV1 = defineEvent({
  type: 'capture.lead.erased.v1',
  producer: 'capture',
  description:
    'A person asked to be forgotten: capture erased their personal data, and every service that keeps any about the lead erases its own.',
  consumers: ['enrichment', 'scoring', 'hand-off'],
  payload: z.object({
    leadId: LeadId,
    erasedAt: Instant,
  }),
});
