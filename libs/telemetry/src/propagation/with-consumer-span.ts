import type { Span } from '@opentelemetry/api';
import type { MessageHeaders } from './message-headers';
import { messagingAttributes, type MessagingSpanAttributes } from './messaging-attributes';
import { withSpanFromHeaders } from './with-span-from-headers';

/**
 * Runs fn in a CONSUMER span whose parent is the trace context carried by the message headers.
 * Each message gets its own span, also when several are applied in one transaction.
 */
export function withConsumerSpan<T>(
  headers: MessageHeaders,
  name: string,
  attributes: MessagingSpanAttributes,
  fn: (span: Span) => Promise<T> | T,
): Promise<T> {
  return withSpanFromHeaders(
    headers,
    name,
    { kind: 'consumer', attributes: {}, extraAttributes: messagingAttributes(attributes, 'process') },
    fn,
  );
}
