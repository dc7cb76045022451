import { z } from 'zod';
import { defineEvent } from '../../define-event';
import { Instant, LeadId } from '../../identifiers';
import { CaptureChannel, Money } from '../../lexicon';

export const AttributionModel = z.enum(['first_touch', 'last_touch', 'linear', 'u_shaped', 'w_shaped', 'time_decay']);

export const dealAttributedV1 = defineEvent({
  type: 'rewards.deal.attributed.v1',
  producer: 'rewards',
  description:
    "A won deal's amount was credited to the lead's touchpoints by every attribution model (again, when a late touchpoint or conversion changed the split); each model's credits add up exactly to the amount.",
  consumers: [],
  payload: z.object({
    leadId: LeadId,
    opportunityId: z.string().min(1),
    amount: Money,
    closedAt: Instant,
    credits: z.array(
      z.object({
        model: AttributionModel,
        touchpointId: z.string().min(1),
        channel: CaptureChannel,
        source: z.string().min(1),
        campaign: z.string().nullable(),
        amountMinor: z.number().int().nonnegative(),
      }),
    ),
  }),
});
