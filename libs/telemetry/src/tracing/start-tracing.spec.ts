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

  it('propagates W3C trace context even when no exporter is configured', () => {
    const { headers, spanContext } = trace.getTracer('spec').startActiveSpan('work', (span) => {
      span.end();
      return { headers: traceHeaders(), spanContext: span.spanContext() };
    });

    expect(headers).toEqual({
      traceparent: `00-${spanContext.traceId}-${spanContext.spanId}-01`,
    });
  });

  it('injects nothing outside a span', () => {
    expect(traceHeaders()).toEqual({});
  });

  it('refuses to start twice', () => {
    expect(() => startTracing({ serviceName: 'again' })).toThrow('already started');
  });
});
