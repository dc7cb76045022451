import { z } from 'zod';
import { defineEvent } from '../../define-event';
import { Instant, LeadId } from '../../identifiers';

export const slaRemindedV1 = defineEvent({
  type: 'hand-off.sla.reminded.v1',
  producer: 'hand-off',
  description: 'A handed-off lead is still not accepted and its SLA is about to breach; the assignee is reminded.',
  consumers: [],
  payload: z.object({
    leadId: LeadId,
    assignmentId: z.string().min(1),
    teamId: z.string().min(1).nullable(),
    assignee: z.object({ kind: z.enum(['rep', 'queue']), id: z.string().min(1) }),
    dueAt: Instant,
    remindedAt: Instant,
  }),
});
