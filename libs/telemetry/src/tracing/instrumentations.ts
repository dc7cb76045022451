import { HttpInstrumentation } from '@opentelemetry/instrumentation-http';
import { PgInstrumentation } from '@opentelemetry/instrumentation-pg';
import { isOperationalPath } from '../http/operational-path';
import { dropQueryFromFullUrl, PERSONAL_SERVER_SPAN_ATTRIBUTES } from './url-attributes';

export function createInstrumentations() {
  return [
    new HttpInstrumentation({
      ignoreIncomingRequestHook: (request) => isOperationalPath(request.url),
      startIncomingSpanHook: () => PERSONAL_SERVER_SPAN_ATTRIBUTES,
      requestHook: (span) => dropQueryFromFullUrl(span),
    }),
    // Polling loops (outbox relay, timers) would otherwise produce a root trace per query.
    new PgInstrumentation({ requireParentSpan: true, ignoreConnectSpans: true }),
  ];
}
