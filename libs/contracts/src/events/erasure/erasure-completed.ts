import { z } from 'zod';
import { defineEvent } from '../../define-event';
import { EventId, Instant, LeadId } from '../../identifiers';

/** What every service answers to capture.lead.erased.v1 once it holds nothing that identifies the person. */
export const ErasureCompleted = z.object({
  leadId: LeadId,
  /** The id of the capture.lead.erased.v1 event this confirms; capture's erasure report is keyed by it. */
  erasureId: EventId,
  completedAt: Instant,
  /** What the service keeps about the lead after erasure, none of it personal (e.g. scores, anonymised revenue). */
  kept: z.array(z.string().min(1).max(200)).max(20),
});

/** One event type per confirming service, so each keeps the `<producer>.` prefix of its topic. */
export function erasureCompletedEvent<Producer extends string>(producer: Producer, kept: string) {
  return defineEvent({
    type: `${producer}.lead.erasure-completed.v1` as `${Producer}.lead.erasure-completed.v1`,
    producer,
    description: `${producer} erased what it kept about the person named by capture.lead.erased.v1; it keeps ${kept}.`,
    consumers: ['capture'],
    payload: ErasureCompleted,
  });
}

/** The confirmation of one capture.lead.erased.v1 event. */
export function erasureCompletedPayload(
  erased: { id: string; payload: { leadId: string } },
  kept: string[],
  completedAt = new Date(),
): z.infer<typeof ErasureCompleted> {
  return { leadId: erased.payload.leadId, erasureId: erased.id, completedAt: completedAt.toISOString(), kept };
}
