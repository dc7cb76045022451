import { FastifyOtelInstrumentation } from '@fastify/otel';
import { HttpInstrumentation } from '@opentelemetry/instrumentation-http';
import { PgInstrumentation } from '@opentelemetry/instrumentation-pg';
import { ATTR_URL_PATH } from '@opentelemetry/semantic-conventions';
import { isOperationalPath } from '../http/operational-path';
import { withoutQueryString } from '../http/without-query-string';
import { dropQueryFromFullUrl, PERSONAL_SERVER_SPAN_ATTRIBUTES } from './url-attributes';

export function createInstrumentations() {
  return [
    new HttpInstrumentation({
      ignoreIncomingRequestHook: (request) => isOperationalPath(request.url),
      startIncomingSpanHook: () => PERSONAL_SERVER_SPAN_ATTRIBUTES,
      requestHook: (span) => dropQueryFromFullUrl(span),
    }),
    // Nest creates the Fastify instance itself; registering on initialisation reaches it anyway.
    new FastifyOtelInstrumentation({
      registerOnInitialization: true,
      // A span per hook (middie, Nest's own hooks) is noise next to the request and handler spans.
      instrumentHooks: false,
      ignorePaths: (route) => isOperationalPath(route.url),
      requestHook: (span, request) =>
        span.setAttribute(ATTR_URL_PATH, withoutQueryString(request.url)),
    }),
    // Polling loops (outbox relay, timers) would otherwise produce a root trace per query.
    new PgInstrumentation({ requireParentSpan: true, ignoreConnectSpans: true }),
  ];
}
