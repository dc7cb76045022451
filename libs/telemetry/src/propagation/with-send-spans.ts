import { propagation, ROOT_CONTEXT, SpanKind } from '@opentelemetry/api';
import { annotateSpan } from './lead-span-attributes';
import { type MessageHeaders, messageHeadersGetter } from './message-headers';
import { messagingAttributes, type MessagingSpanAttributes } from './messaging-attributes';
import { messagingTracer } from './messaging-tracer';
import { markFailed } from './run-in-span';

export interface StoredMessage {
  /** The headers stored with the message when it was created. */
  headers: MessageHeaders;
  attributes: MessagingSpanAttributes;
}

/**
 * Runs send, which hands several stored messages to Kafka at once, with one CLIENT span per
 * message under that message's creation context. The messages keep their stored headers, so
 * consumers continue the trace that created each message, never the sender's.
 */
export async function withSendSpans<T>(messages: StoredMessage[], send: () => Promise<T>): Promise<T> {
  const spans = messages.map(({ headers, attributes }) =>
    messagingTracer().startSpan(
      `${attributes.topic} send`,
      { kind: SpanKind.CLIENT, attributes: messagingAttributes(attributes, 'send') },
      propagation.extract(ROOT_CONTEXT, headers, messageHeadersGetter),
    ),
  );
  try {
    const result = await send();
    spans.forEach((span) => annotateSpan(span, { outcome: 'published' }));
    return result;
  } catch (error) {
    spans.forEach((span) => markFailed(span, error));
    throw error;
  } finally {
    spans.forEach((span) => span.end());
  }
}
