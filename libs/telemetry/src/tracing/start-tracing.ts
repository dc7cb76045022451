import { context, propagation, trace } from '@opentelemetry/api';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { registerInstrumentations } from '@opentelemetry/instrumentation';
import { defaultResource, resourceFromAttributes } from '@opentelemetry/resources';
import {
  AlwaysOffSampler,
  BatchSpanProcessor,
  type SpanProcessor,
} from '@opentelemetry/sdk-trace-base';
import { NodeTracerProvider } from '@opentelemetry/sdk-trace-node';
import { ATTR_SERVICE_NAME, ATTR_SERVICE_VERSION } from '@opentelemetry/semantic-conventions';
import { createInstrumentations } from './instrumentations';
import { isOtlpExportConfigured } from './otlp-export-configured';

export interface TracingOptions {
  serviceName: string;
  serviceVersion?: string;
  /** Processors added to the exporting one, e.g. an in-memory exporter in tests. */
  spanProcessors?: SpanProcessor[];
}

export interface Tracing {
  /** Flushes pending spans, then unregisters everything startTracing registered. */
  shutdown(): Promise<void>;
}

let started = false;

/**
 * Call before Nest, Fastify and pg are loaded (from the first module main.ts imports): the pg
 * instrumentation can only patch modules required after it.
 */
export function startTracing(options: TracingOptions): Tracing {
  if (started) {
    throw new Error('Tracing is already started in this process');
  }
  started = true;

  const exporting = isOtlpExportConfigured()
    ? [new BatchSpanProcessor(new OTLPTraceExporter())]
    : [];
  const spanProcessors = [...exporting, ...(options.spanProcessors ?? [])];
  const provider = new NodeTracerProvider({
    // With nothing to hand spans to, none is recorded; they still carry the trace's ids into logs and messages.
    ...(spanProcessors.length === 0 ? { sampler: new AlwaysOffSampler() } : {}),
    resource: defaultResource().merge(
      resourceFromAttributes({
        [ATTR_SERVICE_NAME]: options.serviceName,
        ...(options.serviceVersion ? { [ATTR_SERVICE_VERSION]: options.serviceVersion } : {}),
      }),
    ),
    spanProcessors,
  });
  // Trace context only: baggage could carry arbitrary, possibly personal, values between services.
  provider.register({ propagator: new W3CTraceContextPropagator() });
  const unregisterInstrumentations = registerInstrumentations({
    tracerProvider: provider,
    instrumentations: createInstrumentations(),
  });

  return {
    async shutdown() {
      try {
        await provider.shutdown();
      } finally {
        unregisterInstrumentations();
        trace.disable();
        propagation.disable();
        context.disable();
        started = false;
      }
    },
  };
}
