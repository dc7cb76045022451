import { type Span, SpanKind } from '@opentelemetry/api';
import { messagingAttributes, type MessagingSpanAttributes } from './messaging-attributes';
import { messagingTracer } from './messaging-tracer';
import { runInSpan } from './run-in-span';

/** Runs fn in a PRODUCER span; headers built inside fn with traceHeaders() point at this span. */
export function withProducerSpan<T>(
  name: string,
  attributes: MessagingSpanAttributes,
  fn: (span: Span) => Promise<T> | T,
): Promise<T> {
  return messagingTracer().startActiveSpan(
    name,
    { kind: SpanKind.PRODUCER, attributes: messagingAttributes(attributes, 'send') },
    (span) => runInSpan(span, fn),
  );
}
