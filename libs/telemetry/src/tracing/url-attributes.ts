import type { Attributes, Span } from '@opentelemetry/api';
import {
  ATTR_CLIENT_ADDRESS,
  ATTR_NETWORK_PEER_ADDRESS,
  ATTR_URL_FULL,
  ATTR_URL_QUERY,
} from '@opentelemetry/semantic-conventions';
import { withoutQueryString } from '../http/without-query-string';

/**
 * Attributes the HTTP instrumentation records by default that may identify a person: the query
 * string and the caller's address. An undefined value keeps the attribute off the span.
 */
export const PERSONAL_SERVER_SPAN_ATTRIBUTES: Attributes = {
  [ATTR_URL_QUERY]: undefined,
  [ATTR_CLIENT_ADDRESS]: undefined,
  [ATTR_NETWORK_PEER_ADDRESS]: undefined,
};

interface SpanWithAttributes {
  readonly attributes: Attributes;
}

function exposesAttributes(span: Span): span is Span & SpanWithAttributes {
  return typeof (span as Partial<SpanWithAttributes>).attributes === 'object';
}

/** Outgoing URLs are built by the instrumentation, query included; keep everything but the query. */
export function dropQueryFromFullUrl(span: Span): void {
  if (!exposesAttributes(span)) {
    return;
  }
  const url = span.attributes[ATTR_URL_FULL];
  if (typeof url === 'string') {
    span.setAttribute(ATTR_URL_FULL, withoutQueryString(url));
  }
}
