import {
  type Attributes,
  propagation,
  ROOT_CONTEXT,
  type Span,
  SpanKind,
} from '@opentelemetry/api';
import { leadSpanAttributes, type LeadSpanAttributes } from './lead-span-attributes';
import { type MessageHeaders, messageHeadersGetter } from './message-headers';
import { messagingTracer } from './messaging-tracer';
import { runInSpan } from './run-in-span';

export type ContinuedSpanKind = 'consumer' | 'client' | 'internal';

const spanKinds: Record<ContinuedSpanKind, SpanKind> = {
  consumer: SpanKind.CONSUMER,
  client: SpanKind.CLIENT,
  internal: SpanKind.INTERNAL,
};

export interface ContinuedSpanOptions {
  kind: ContinuedSpanKind;
  attributes: LeadSpanAttributes;
  /** Further attributes by their OpenTelemetry names; never personal data. */
  extraAttributes?: Attributes;
}

/**
 * Runs fn in a span whose parent is the trace context stored in headers: a Kafka message's, or
 * one saved with work the database holds for later (a webhook delivery, an SLA timer). The
 * context is extracted from the root, so whatever the calling loop has active does not leak in;
 * without stored context the span starts a new trace.
 */
export function withSpanFromHeaders<T>(
  headers: MessageHeaders,
  name: string,
  options: ContinuedSpanOptions,
  fn: (span: Span) => Promise<T> | T,
): Promise<T> {
  const parent = propagation.extract(ROOT_CONTEXT, headers, messageHeadersGetter);
  return messagingTracer().startActiveSpan(
    name,
    {
      kind: spanKinds[options.kind],
      attributes: { ...leadSpanAttributes(options.attributes), ...options.extraAttributes },
    },
    parent,
    (span) => runInSpan(span, fn),
  );
}
