import { InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { startTracing, type Tracing } from '../tracing/start-tracing';

/** Starts tracing for the spec file with spans kept in memory, emptied after each test. */
export function useInMemoryTracing(): InMemorySpanExporter {
  const exporter = new InMemorySpanExporter();
  let tracing: Tracing;

  beforeAll(() => {
    tracing = startTracing({
      serviceName: 'telemetry-spec',
      spanProcessors: [new SimpleSpanProcessor(exporter)],
    });
  });

  afterEach(() => exporter.reset());

  afterAll(() => tracing.shutdown());

  return exporter;
}
