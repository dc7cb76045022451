import { z } from 'zod';
import { defineEvent } from '../../define-event';
import { RejectionReason } from '../../lexicon';
import { RepDecision } from './rep-decision';

export const leadRejectedV1 = defineEvent({
  type: 'hand-off.lead.rejected.v1',
  producer: 'hand-off',
  description: 'Sales turned a lead down, with a reason code from the lexicon: lead-quality feedback for marketing.',
  consumers: ['scoring', 'rewards'],
  payload: RepDecision.extend({ reason: RejectionReason, note: z.string().max(2000).nullable() }),
});
