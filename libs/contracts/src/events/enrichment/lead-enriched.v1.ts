import { z } from 'zod';
import { defineEvent } from '../../define-event';
import { Instant, LeadId } from '../../identifiers';

export const EnrichedFact = z.object({
  value: z.union([z.string(), z.number(), z.boolean(), z.null()]),
  provider: z.string().min(1),
  observedAt: Instant,
});

export const leadEnrichedV1 = defineEvent({
  type: 'enrichment.lead.enriched.v1',
  producer: 'enrichment',
  description: 'New facts are known about a lead; each fact names the provider that supplied it.',
  consumers: ['scoring'],
  payload: z.object({
    leadId: LeadId,
    facts: z.record(z.string().regex(/^[a-z][a-zA-Z0-9]*$/), EnrichedFact),
  }),
});
