import { z } from 'zod';
import { Instant, LeadId } from '../../identifiers';

/** What every rep decision on an assignment says: which lead, which assignment, who, when. */
export const RepDecision = z.object({
  leadId: LeadId,
  assignmentId: z.string().min(1),
  repId: z.string().min(1),
  decidedAt: Instant,
});
