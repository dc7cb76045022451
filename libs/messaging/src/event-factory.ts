import { uuidv7 } from 'uuidv7';
import { AccordEvent, EventPayload, EventType, EventEnvelope, parseEvent } from '@accord/contracts';

export interface EventOrigin {
  producer: string;
  /** The event that led to this one; its correlation id is carried over. */
  cause?: EventEnvelope;
}

/** Builds a validated envelope, so an event that breaks its own contract never leaves the service. */
export function createEvent<Type extends EventType>(
  type: Type,
  payload: EventPayload<Type>,
  { producer, cause }: EventOrigin,
): AccordEvent<Type> {
  const id = uuidv7();
  return parseEvent({
    id,
    type,
    occurredAt: new Date().toISOString(),
    producer,
    correlationId: cause?.correlationId ?? id,
    causationId: cause?.id ?? null,
    payload,
  }) as AccordEvent<Type>;
}
