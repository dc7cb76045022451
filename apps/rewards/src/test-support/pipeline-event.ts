import { uuidv7 } from 'uuidv7';
import { AccordEvent, EventPayload, EventType, parseEvent } from '@accord/contracts';

const producers: Record<string, string> = { capture: 'capture', scoring: 'scoring', 'hand-off': 'hand-off' };

/** A valid envelope as another service would publish it, at the moment the test says. */
export function pipelineEvent<Type extends EventType>(type: Type, payload: EventPayload<Type>, occurredAt = new Date()): AccordEvent<Type> {
  const id = uuidv7();
  return parseEvent({
    id,
    type,
    occurredAt: occurredAt.toISOString(),
    producer: producers[type.split('.')[0] ?? ''] ?? 'test',
    correlationId: id,
    causationId: null,
    payload,
  }) as AccordEvent<Type>;
}

export const person = (email: string) => ({
  email,
  firstName: null,
  lastName: null,
  phone: null,
  jobTitle: null,
  company: null,
  country: null,
});
