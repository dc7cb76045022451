import { trace } from '@opentelemetry/api';
import { traceHeaders } from '../propagation/trace-headers';
import { withConsumerSpan } from '../propagation/with-consumer-span';
import { withMessageCreationSpan } from '../propagation/with-producer-span';
import { startTracing, type Tracing } from '../tracing/start-tracing';
import { createLogger } from './create-logger';

function captureLines() {
  const lines: Record<string, unknown>[] = [];
  const destination = { write: (line: string) => lines.push(JSON.parse(line)) };
  return { lines, destination };
}

describe('createLogger', () => {
  let tracing: Tracing;

  beforeAll(() => {
    tracing = startTracing({ serviceName: 'telemetry-spec' });
  });

  afterAll(() => tracing.shutdown());

  it('stamps every line with the service', () => {
    const { lines, destination } = captureLines();

    createLogger({ serviceName: 'capture' }, destination).info('started');

    expect(lines[0]).toMatchObject({ service: 'capture', level: 'info', msg: 'started' });
    expect(lines[0]).not.toHaveProperty('trace_id');
  });

  it('redacts personal data at any depth and in request headers', () => {
    const { lines, destination } = captureLines();

    createLogger({ serviceName: 'capture' }, destination).info(
      {
        email: 'ada@example.com',
        lead: { id: 'lead-1', contact: { firstName: 'Ada', phone: '+44 20 7946 0000' } },
        touchpoints: [{ person: { email: 'ada@example.com' } }],
        req: {
          headers: { authorization: 'Bearer t', 'x-api-key': 'k', cookie: 'c' },
          ip: '10.0.0.1',
        },
      },
      'lead captured',
    );

    const line = JSON.stringify(lines[0]);
    expect(line).not.toContain('ada@example.com');
    expect(line).not.toContain('Ada');
    expect(line).not.toContain('7946');
    expect(line).not.toContain('Bearer');
    expect(line).not.toContain('10.0.0.1');
    expect(lines[0]).toMatchObject({
      email: '[REDACTED]',
      lead: { id: 'lead-1', contact: { firstName: '[REDACTED]', phone: '[REDACTED]' } },
      req: { headers: { 'x-api-key': '[REDACTED]' } },
    });
  });

  it('includes the trace and span ids of the active span', () => {
    const { lines, destination } = captureLines();
    const logger = createLogger({ serviceName: 'scoring' }, destination);

    const spanContext = trace.getTracer('spec').startActiveSpan('score', (span) => {
      logger.info({ email: 'ada@example.com' }, 'scored');
      span.end();
      return span.spanContext();
    });

    expect(lines[0]).toMatchObject({
      trace_id: spanContext.traceId,
      span_id: spanContext.spanId,
      email: '[REDACTED]',
    });
  });

  it('stamps lines written inside a message handler with its consumer span, in the producer trace', async () => {
    const { lines, destination } = captureLines();
    const logger = createLogger({ serviceName: 'enrichment' }, destination);
    const message = { topic: 'capture.lead.captured.v1', leadId: 'lead-3' };
    const headers = await withMessageCreationSpan('create', message, () => traceHeaders());

    const consumer = await withConsumerSpan(headers, 'process', message, async () => {
      await Promise.resolve();
      logger.info({ leadId: 'lead-3', phone: '+31 20 555 0100' }, 'lead enriched');
      return trace.getActiveSpan()?.spanContext();
    });

    expect(lines[0]).toMatchObject({
      msg: 'lead enriched',
      trace_id: consumer?.traceId,
      span_id: consumer?.spanId,
      phone: '[REDACTED]',
    });
    expect(headers['traceparent']).toContain(consumer?.traceId);
  });
});
