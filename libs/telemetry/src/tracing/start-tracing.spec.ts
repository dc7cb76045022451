import { trace } from '@opentelemetry/api';
import { traceHeaders } from '../propagation/trace-headers';
import { startTracing, type Tracing } from './start-tracing';

describe('startTracing', () => {
  let tracing: Tracing;

  beforeAll(() => {
    delete process.env['OTEL_EXPORTER_OTLP_ENDPOINT'];
    delete process.env['OTEL_EXPORTER_OTLP_TRACES_ENDPOINT'];
    tracing = startTracing({ serviceName: 'telemetry-spec', serviceVersion: '1.2.3' });
  });

  afterAll(() => tracing.shutdown());

  it('propagates W3C trace context even when no exporter is configured, recording nothing', () => {
    const { headers, spanContext, recording } = trace
      .getTracer('spec')
      .startActiveSpan('work', (span) => {
        span.end();
        return {
          headers: traceHeaders(),
          spanContext: span.spanContext(),
          recording: span.isRecording(),
        };
      });

    expect(recording).toBe(false);
    expect(spanContext.traceId).toMatch(/^(?!0{32})[0-9a-f]{32}$/);
    expect(headers).toEqual({
      traceparent: `00-${spanContext.traceId}-${spanContext.spanId}-00`,
    });
  });

  it('continues the trace of a parent it did not record', () => {
    const tracer = trace.getTracer('spec');
    const { parent, child } = tracer.startActiveSpan('parent', (parentSpan) => {
      const childSpan = tracer.startSpan('child');
      childSpan.end();
      parentSpan.end();
      return { parent: parentSpan.spanContext(), child: childSpan.spanContext() };
    });

    expect(child.traceId).toBe(parent.traceId);
    expect(child.spanId).not.toBe(parent.spanId);
  });

  it('injects nothing outside a span', () => {
    expect(traceHeaders()).toEqual({});
  });

  it('refuses to start twice', () => {
    expect(() => startTracing({ serviceName: 'again' })).toThrow('already started');
  });
});
