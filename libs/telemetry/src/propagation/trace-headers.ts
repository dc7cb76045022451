import { context, propagation } from '@opentelemetry/api';

/** The active trace context as W3C headers (`traceparent`, and `tracestate` when present). */
export function traceHeaders(): Record<string, string> {
  const headers: Record<string, string> = {};
  propagation.inject(context.active(), headers);
  return headers;
}
