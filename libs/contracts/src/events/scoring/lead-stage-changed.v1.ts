import { z } from 'zod';
import { defineEvent } from '../../define-event';
import { Instant, LeadId } from '../../identifiers';
import { LifecycleStage } from '../../lexicon';

export const leadStageChangedV1 = defineEvent({
  type: 'scoring.lead.stage-changed.v1',
  producer: 'scoring',
  description: 'A lead moved from one lifecycle stage to another, and why.',
  consumers: ['hand-off', 'rewards'],
  payload: z.object({
    leadId: LeadId,
    from: LifecycleStage,
    to: LifecycleStage,
    reason: z.string().min(1),
    changedAt: Instant,
  }),
});
