import { z } from 'zod';
import { defineEvent } from '../../define-event';
import { Instant, LeadId } from '../../identifiers';

export const EnrichedFact = z.object({
  value: z.union([z.string(), z.number(), z.boolean(), z.null()]),
  provider: z.string().min(1),
  confidence: z.number().min(0).max(1).optional(),
  /** typed by the person, derived from what they typed, matched to a CRM account, or guessed by an outside source. */
  origin: z.enum(['typed', 'derived', 'matched', 'guessed']).optional(),
  observedAt: Instant,
});

export const leadEnrichedV1 = defineEvent({
  type: 'enrichment.lead.enriched.v1',
  producer: 'enrichment',
  description: 'New facts are known about a lead; each fact names the provider that supplied it.',
  consumers: ['scoring', 'hand-off'],
  payload: z.object({
    leadId: LeadId,
    facts: z.record(z.string().regex(/^[a-z][a-zA-Z0-9]*$/), EnrichedFact),
    /** Facts whose value changed with this event; absent on a lead's first enrichment. */
    changedFields: z.array(z.string()).optional(),
  }),
});
