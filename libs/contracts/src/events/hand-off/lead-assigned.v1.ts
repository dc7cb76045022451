import { z } from 'zod';
import { defineEvent } from '../../define-event';
import { Instant, LeadId } from '../../identifiers';
import { AssignmentTrack } from '../../lexicon';

export const leadAssignedV1 = defineEvent({
  type: 'hand-off.lead.assigned.v1',
  producer: 'hand-off',
  description: 'A qualified lead was routed to a rep or queue, with the SLA it must be accepted in.',
  consumers: ['rewards'],
  payload: z.object({
    leadId: LeadId,
    assignmentId: z.string().min(1),
    assignee: z.object({ kind: z.enum(['rep', 'queue']), id: z.string().min(1) }),
    teamId: z.string().min(1).nullable().optional(),
    track: AssignmentTrack.optional(),
    reasons: z.array(z.string().min(1)).min(1),
    acceptDueAt: Instant.nullable(),
    assignedAt: Instant,
  }),
});
