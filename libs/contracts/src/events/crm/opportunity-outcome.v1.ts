import { z } from 'zod';
import { defineEvent } from '../../define-event';
import { Instant, LeadId } from '../../identifiers';
import { Money } from '../../lexicon';

export const opportunityOutcomeV1 = defineEvent({
  type: 'crm.opportunity.outcome.v1',
  producer: 'crm',
  description:
    'A sales tool reports that an opportunity was won or lost, naming the lead or the e-mail it came from; hand-off matches it to the lead, now or once the lead is known.',
  consumers: ['hand-off'],
  payload: z
    .object({
      /** The sales tool's own id for this outcome report; a repeated report changes nothing. */
      outcomeId: z.string().min(1).max(200),
      leadId: LeadId.nullable(),
      email: z.email().max(320).nullable(),
      opportunityId: z.string().min(1).max(200),
      outcome: z.enum(['won', 'lost']),
      amount: Money,
      closedAt: Instant,
      lostReason: z.string().max(500).nullable(),
    })
    .refine((outcome) => outcome.leadId !== null || outcome.email !== null, {
      message: 'name the lead id or the e-mail the opportunity came from',
      path: ['leadId'],
    }),
});
