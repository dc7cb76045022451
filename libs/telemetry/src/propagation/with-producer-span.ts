import { type Span, SpanKind } from '@opentelemetry/api';
import {
  messagingAttributes,
  type MessagingOperation,
  type MessagingSpanAttributes,
} from './messaging-attributes';
import { messagingTracer } from './messaging-tracer';
import { runInSpan } from './run-in-span';

function producerSpan<T>(
  operation: MessagingOperation,
  name: string,
  attributes: MessagingSpanAttributes,
  fn: (span: Span) => Promise<T> | T,
): Promise<T> {
  return messagingTracer().startActiveSpan(
    name,
    { kind: SpanKind.PRODUCER, attributes: messagingAttributes(attributes, operation) },
    (span) => runInSpan(span, fn),
  );
}

/** Runs fn in a PRODUCER span; headers built inside fn with traceHeaders() point at this span. */
export function withProducerSpan<T>(
  name: string,
  attributes: MessagingSpanAttributes,
  fn: (span: Span) => Promise<T> | T,
): Promise<T> {
  return producerSpan('send', name, attributes, fn);
}

/**
 * Runs fn in a PRODUCER span for a message recorded now and sent later (the outbox): headers
 * built inside fn with traceHeaders() and stored with the message make its consumers children
 * of this span, in the trace of whatever caused the message.
 */
export function withMessageCreationSpan<T>(
  name: string,
  attributes: MessagingSpanAttributes,
  fn: (span: Span) => Promise<T> | T,
): Promise<T> {
  return producerSpan('create', name, attributes, fn);
}
