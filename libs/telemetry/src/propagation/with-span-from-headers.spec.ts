import { SpanKind, trace } from '@opentelemetry/api';
import { useInMemoryTracing } from '../test-support/in-memory-tracing';
import { annotateSpan } from './lead-span-attributes';
import { traceHeaders } from './trace-headers';
import { withSpanFromHeaders } from './with-span-from-headers';

describe('withSpanFromHeaders', () => {
  const exporter = useInMemoryTracing();

  it('continues the stored trace, not the one active where the stored work is picked up', async () => {
    const stored = trace.getTracer('spec').startActiveSpan('assign', (span) => {
      span.end();
      return { headers: traceHeaders(), spanContext: span.spanContext() };
    });

    await trace.getTracer('spec').startActiveSpan('poll', async (pollSpan) => {
      await withSpanFromHeaders(
        stored.headers,
        'webhook deliver hand-off.lead.assigned.v1',
        {
          kind: 'client',
          attributes: { leadId: 'lead-7', eventType: 'hand-off.lead.assigned.v1' },
          extraAttributes: { 'accord.webhook.attempt': 2 },
        },
        (span) => annotateSpan(span, { outcome: 'delivered' }),
      );
      pollSpan.end();
    });

    const delivery = exporter
      .getFinishedSpans()
      .find((span) => span.name === 'webhook deliver hand-off.lead.assigned.v1');
    expect(delivery?.kind).toBe(SpanKind.CLIENT);
    expect(delivery?.spanContext().traceId).toBe(stored.spanContext.traceId);
    expect(delivery?.parentSpanContext?.spanId).toBe(stored.spanContext.spanId);
    expect(delivery?.attributes).toEqual({
      'accord.lead_id': 'lead-7',
      'accord.event_type': 'hand-off.lead.assigned.v1',
      'accord.webhook.attempt': 2,
      'accord.outcome': 'delivered',
    });
  });

  it('marks the outcome as failed when the work throws', async () => {
    await expect(
      withSpanFromHeaders({}, 'sla breach fire', { kind: 'internal', attributes: {} }, () => {
        throw new Error('lock timeout');
      }),
    ).rejects.toThrow('lock timeout');

    const [span] = exporter.getFinishedSpans();
    expect(span.kind).toBe(SpanKind.INTERNAL);
    expect(span.parentSpanContext).toBeUndefined();
    expect(span.attributes['accord.outcome']).toBe('failed');
  });
});
