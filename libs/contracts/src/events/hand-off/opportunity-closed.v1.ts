import { z } from 'zod';
import { defineEvent } from '../../define-event';
import { Instant, LeadId } from '../../identifiers';
import { AssignmentTrack, Money } from '../../lexicon';

export const opportunityClosedV1 = defineEvent({
  type: 'hand-off.opportunity.closed.v1',
  producer: 'hand-off',
  description:
    "An opportunity was won or lost in the sales tool. Marketing-track wins are credited to the marketer; losses count against no one.",
  consumers: ['scoring', 'rewards'],
  payload: z.object({
    leadId: LeadId,
    opportunityId: z.string().min(1),
    outcome: z.enum(['won', 'lost']),
    amount: Money,
    closedAt: Instant,
    track: AssignmentTrack,
    ownerId: z.string().min(1).nullable(),
    creditedMarketerId: z.string().min(1).nullable(),
    lostReason: z.string().max(500).nullable(),
  }),
});
