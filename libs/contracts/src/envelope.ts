import { z } from 'zod';
import { EventId, Instant } from './identifiers';

export const eventTypePattern = /^[a-z]+(-[a-z]+)*\.[a-z]+(-[a-z]+)*\.[a-z]+(-[a-z]+)*\.v[1-9][0-9]*$/;

export const EnvelopeHeader = z.object({
  id: EventId,
  type: z.string().regex(eventTypePattern, 'must be <producer>.<entity>.<event>.v<major>'),
  occurredAt: Instant,
  producer: z.string().min(1),
  correlationId: z.string().min(1),
  causationId: z.string().min(1).nullable(),
});
export type EnvelopeHeader = z.infer<typeof EnvelopeHeader>;

export const Envelope = EnvelopeHeader.extend({ payload: z.unknown() });

export interface EventEnvelope<Type extends string = string, Payload = unknown> extends EnvelopeHeader {
  type: Type;
  payload: Payload;
}
