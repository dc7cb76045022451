import { z } from 'zod';
import { defineEvent } from '../../define-event';
import { Instant, LeadId } from '../../identifiers';
import { LifecycleStage, RoutingFactName } from '../../lexicon';
import { EnrichedFact } from '../enrichment/lead-enriched.v1';

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
    /**
     * On a change to mql: the routing facts scoring qualified the lead on, as enrichment reported
     * them, so routing never waits for enrichment's own event to reach hand-off.
     */
    routingFacts: z.partialRecord(RoutingFactName, EnrichedFact).optional(),
  }),
});
