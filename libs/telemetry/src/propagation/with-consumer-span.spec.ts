import { SpanStatusCode } from '@opentelemetry/api';
import { useInMemoryTracing } from '../test-support/in-memory-tracing';
import { withConsumerSpan } from './with-consumer-span';

describe('withConsumerSpan', () => {
  const exporter = useInMemoryTracing();

  it('marks the span as failed, records the message only, and rethrows the same error', async () => {
    const failure = new Error('lead lead-9 cannot be scored');

    await expect(
      withConsumerSpan(
        {},
        'process capture.lead.captured.v1',
        { topic: 'capture.lead.captured.v1' },
        () => {
          throw failure;
        },
      ),
    ).rejects.toBe(failure);

    const [span] = exporter.getFinishedSpans();
    expect(span.status).toEqual({ code: SpanStatusCode.ERROR, message: failure.message });
    expect(span.events).toHaveLength(1);
    expect(span.events[0].attributes).toEqual({
      'exception.type': 'Error',
      'exception.message': failure.message,
    });
  });

  it('starts a new trace when the message carries no trace context', async () => {
    await withConsumerSpan({ traceparent: undefined }, 'process x', { topic: 'x' }, async () => 1);

    const [span] = exporter.getFinishedSpans();
    expect(span.parentSpanContext).toBeUndefined();
    expect(span.status.code).toBe(SpanStatusCode.UNSET);
  });

  it('reads the trace context from repeated header values', async () => {
    const traceparent = '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01';

    await withConsumerSpan({ traceparent: [traceparent] }, 'process x', { topic: 'x' }, () => 1);

    const [span] = exporter.getFinishedSpans();
    expect(span.spanContext().traceId).toBe('0af7651916cd43dd8448eb211c80319c');
    expect(span.parentSpanContext?.spanId).toBe('b7ad6b7169203331');
  });
});
