import { EventPattern } from '@nestjs/microservices';
import { EventType } from '@accord/contracts';

/** Marks a Nest handler for one event type (and so one topic) of the catalogue. */
export const HandlesEvent = (type: EventType): MethodDecorator => EventPattern(type);
