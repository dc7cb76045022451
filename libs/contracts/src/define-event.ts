import { z } from 'zod';
import { eventTypePattern } from './envelope';

export interface EventDefinition<Type extends string = string, Payload extends z.ZodType = z.ZodType> {
  type: Type;
  producer: string;
  description: string;
  consumers: readonly string[];
  payload: Payload;
}

export function defineEvent<Type extends string, Payload extends z.ZodType>(
  definition: EventDefinition<Type, Payload>,
): EventDefinition<Type, Payload> {
  if (!eventTypePattern.test(definition.type)) {
    throw new Error(`Event type ${definition.type} is not <producer>.<entity>.<event>.v<major>`);
  }
  if (!definition.type.startsWith(`${definition.producer}.`)) {
    throw new Error(`Event type ${definition.type} must start with its producer ${definition.producer}`);
  }
  return definition;
}

export type PayloadOf<Definition> = Definition extends EventDefinition<string, infer Payload>
  ? z.infer<Payload>
  : never;
