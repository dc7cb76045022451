import { propagation, ROOT_CONTEXT, type Span, SpanKind } from '@opentelemetry/api';
import { type MessageHeaders, messageHeadersGetter } from './message-headers';
import { messagingAttributes, type MessagingSpanAttributes } from './messaging-attributes';
import { messagingTracer } from './messaging-tracer';
import { runInSpan } from './run-in-span';

/**
 * Runs fn in a CONSUMER span whose parent is the trace context carried by the message headers.
 * The context is extracted from the root, so whatever the poll loop has active does not leak in.
 */
export function withConsumerSpan<T>(
  headers: MessageHeaders,
  name: string,
  attributes: MessagingSpanAttributes,
  fn: (span: Span) => Promise<T> | T,
): Promise<T> {
  const parent = propagation.extract(ROOT_CONTEXT, headers, messageHeadersGetter);
  return messagingTracer().startActiveSpan(
    name,
    { kind: SpanKind.CONSUMER, attributes: messagingAttributes(attributes, 'process') },
    parent,
    (span) => runInSpan(span, fn),
  );
}
