import { z } from 'zod';
import { AccordEvent, findEventDefinition } from './event-catalogue';
import { Envelope } from './envelope';

export class EventContractViolation extends Error {
  constructor(
    message: string,
    readonly issues: readonly z.core.$ZodIssue[] = [],
  ) {
    super(message);
    this.name = 'EventContractViolation';
  }
}

/** Validates an envelope and its payload against the catalogue; throws EventContractViolation. */
export function parseEvent(candidate: unknown): AccordEvent {
  const envelope = Envelope.safeParse(candidate);
  if (!envelope.success) {
    throw new EventContractViolation(`Invalid envelope: ${z.prettifyError(envelope.error)}`, envelope.error.issues);
  }
  const definition = findEventDefinition(envelope.data.type);
  if (!definition) {
    throw new EventContractViolation(`Unknown event type ${envelope.data.type}`);
  }
  const payload = definition.payload.safeParse(envelope.data.payload);
  if (!payload.success) {
    throw new EventContractViolation(
      `Invalid ${definition.type} payload: ${z.prettifyError(payload.error)}`,
      payload.error.issues,
    );
  }
  return { ...envelope.data, payload: payload.data } as AccordEvent;
}
