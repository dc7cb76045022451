import { z } from 'zod';
import { defineEvent } from '../../define-event';
import { Instant, LeadId } from '../../identifiers';

export const slaBreachedV1 = defineEvent({
  type: 'hand-off.sla.breached.v1',
  producer: 'hand-off',
  description: 'A handed-off lead was not accepted within its team\'s SLA; it was escalated (and possibly reassigned).',
  consumers: ['rewards'],
  payload: z.object({
    leadId: LeadId,
    assignmentId: z.string().min(1),
    teamId: z.string().min(1).nullable(),
    dueAt: Instant,
    breachedAt: Instant,
    escalatedTo: z.string().min(1).nullable(),
    reassigned: z.boolean(),
  }),
});
