import type { Attributes, Span } from '@opentelemetry/api';

/** What any span about a lead may say: its opaque id, never anything a person could be found by. */
export interface LeadSpanAttributes {
  leadId?: string;
  eventType?: string;
  /** How the work ended, e.g. `processed`, `duplicate`, `published`, `delivered`, `failed`. */
  outcome?: string;
}

export function leadSpanAttributes(attributes: LeadSpanAttributes): Attributes {
  return {
    'accord.lead_id': attributes.leadId,
    'accord.event_type': attributes.eventType,
    'accord.outcome': attributes.outcome,
  };
}

/** Adds what became known while the span ran; undefined values are left out. */
export function annotateSpan(span: Span, attributes: LeadSpanAttributes): void {
  for (const [name, value] of Object.entries(leadSpanAttributes(attributes))) {
    if (value !== undefined) span.setAttribute(name, value);
  }
}
