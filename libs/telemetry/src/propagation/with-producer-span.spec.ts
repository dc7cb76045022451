import { SpanKind, trace } from '@opentelemetry/api';
import { useInMemoryTracing } from '../test-support/in-memory-tracing';
import { traceHeaders } from './trace-headers';
import { withConsumerSpan } from './with-consumer-span';
import { withProducerSpan } from './with-producer-span';

describe('withProducerSpan and withConsumerSpan', () => {
  const exporter = useInMemoryTracing();

  it('carries the trace from the producer to the consumer through the message headers', async () => {
    const headers = await withProducerSpan(
      'send capture.lead.captured.v1',
      {
        topic: 'capture.lead.captured.v1',
        leadId: 'lead-1',
        eventType: 'capture.lead.captured.v1',
      },
      () => traceHeaders(),
    );

    const consumedIn = await withConsumerSpan(
      { ...headers, traceparent: Buffer.from(headers['traceparent'] ?? '') },
      'process capture.lead.captured.v1',
      { topic: 'capture.lead.captured.v1', partition: 2, offset: '41', leadId: 'lead-1' },
      () => trace.getActiveSpan()?.spanContext().spanId,
    );

    const [producer, consumer] = exporter.getFinishedSpans();
    expect(producer.kind).toBe(SpanKind.PRODUCER);
    expect(consumer.kind).toBe(SpanKind.CONSUMER);
    expect(consumer.spanContext().traceId).toBe(producer.spanContext().traceId);
    expect(consumer.parentSpanContext?.spanId).toBe(producer.spanContext().spanId);
    expect(consumedIn).toBe(consumer.spanContext().spanId);
    expect(headers['traceparent']).toContain(producer.spanContext().spanId);
  });

  it('names attributes after the messaging conventions and never records the message key', async () => {
    await withProducerSpan(
      'send scoring.lead.scored.v1',
      {
        topic: 'scoring.lead.scored.v1',
        partition: 0,
        offset: 7,
        leadId: 'lead-2',
        eventType: 'scoring.lead.scored.v1',
      },
      () => undefined,
    );

    const [span] = exporter.getFinishedSpans();
    expect(span.attributes).toEqual({
      'messaging.system': 'kafka',
      'messaging.operation.type': 'send',
      'messaging.destination.name': 'scoring.lead.scored.v1',
      'messaging.destination.partition.id': '0',
      'messaging.kafka.offset': 7,
      'accord.lead_id': 'lead-2',
      'accord.event_type': 'scoring.lead.scored.v1',
    });
    expect(Object.keys(span.attributes)).not.toContain('messaging.kafka.message.key');
  });
});
