import { applyDecorators, UseFilters } from '@nestjs/common';
import { EventPattern } from '@nestjs/microservices';
import { EventType } from '@accord/contracts';
import { RethrowEventErrorsFilter } from './rethrow-event-errors.filter';

/** Marks a Nest handler for one event type (and so one topic) of the catalogue. */
export const HandlesEvent = (type: EventType): MethodDecorator =>
  applyDecorators(EventPattern(type), UseFilters(RethrowEventErrorsFilter));
