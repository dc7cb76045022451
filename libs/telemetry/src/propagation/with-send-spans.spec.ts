import { SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';
import { useInMemoryTracing } from '../test-support/in-memory-tracing';
import { traceHeaders } from './trace-headers';
import { withMessageCreationSpan } from './with-producer-span';
import { withSendSpans } from './with-send-spans';

describe('withSendSpans', () => {
  const exporter = useInMemoryTracing();

  const created = (leadId: string) =>
    trace.getTracer('spec').startActiveSpan(`request ${leadId}`, async (request) => {
      const headers = await withMessageCreationSpan(
        'capture.lead.captured.v1 create',
        { topic: 'capture.lead.captured.v1', leadId, eventType: 'capture.lead.captured.v1' },
        () => traceHeaders(),
      );
      request.end();
      return headers;
    });

  it('gives each message of one batch a send span under its own creation span', async () => {
    const stored = [await created('lead-a'), await created('lead-b')];
    const messages = stored.map((headers, index) => ({
      headers,
      attributes: { topic: 'capture.lead.captured.v1', leadId: `lead-${'ab'[index]}` },
    }));

    const result = await withSendSpans(messages, async () => 'sent');

    expect(result).toBe('sent');
    const spans = exporter.getFinishedSpans();
    const creations = spans.filter((span) => span.name.endsWith(' create'));
    const sends = spans.filter((span) => span.name.endsWith(' send'));
    expect(creations.map((span) => span.kind)).toEqual([SpanKind.PRODUCER, SpanKind.PRODUCER]);
    expect(creations.map((span) => span.attributes['messaging.operation.type'])).toEqual([
      'create',
      'create',
    ]);
    expect(sends).toHaveLength(2);
    sends.forEach((send, index) => {
      expect(send.kind).toBe(SpanKind.CLIENT);
      expect(send.spanContext().traceId).toBe(creations[index].spanContext().traceId);
      expect(send.parentSpanContext?.spanId).toBe(creations[index].spanContext().spanId);
      expect(send.attributes).toMatchObject({
        'messaging.operation.type': 'send',
        'accord.lead_id': messages[index].attributes.leadId,
        'accord.outcome': 'published',
      });
    });
    expect(sends[0].spanContext().traceId).not.toBe(sends[1].spanContext().traceId);
  });

  it('marks every send span failed when the batch fails, and rethrows', async () => {
    const failure = new Error('broker unreachable');
    const messages = [{ headers: await created('lead-c'), attributes: { topic: 't' } }];

    await expect(withSendSpans(messages, () => Promise.reject(failure))).rejects.toBe(failure);

    const send = exporter.getFinishedSpans().find((span) => span.name === 't send');
    expect(send?.status).toEqual({ code: SpanStatusCode.ERROR, message: failure.message });
    expect(send?.attributes['accord.outcome']).toBe('failed');
  });
});
