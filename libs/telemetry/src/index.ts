export { startTracing, type Tracing, type TracingOptions } from './tracing/start-tracing';

export { traceHeaders } from './propagation/trace-headers';
export { withProducerSpan, withMessageCreationSpan } from './propagation/with-producer-span';
export { withConsumerSpan } from './propagation/with-consumer-span';
export { withSendSpans, type StoredMessage } from './propagation/with-send-spans';
export {
  withSpanFromHeaders,
  type ContinuedSpanKind,
  type ContinuedSpanOptions,
} from './propagation/with-span-from-headers';
export { annotateSpan, type LeadSpanAttributes } from './propagation/lead-span-attributes';
export type { MessageHeaders } from './propagation/message-headers';
export type { MessagingSpanAttributes } from './propagation/messaging-attributes';

export { createLogger, type LoggerOptions } from './logging/create-logger';
export {
  TelemetryLoggingModule,
  type TelemetryLoggingOptions,
} from './logging/telemetry-logging.module';
export { useTelemetryLogger } from './logging/use-telemetry-logger';

export { metricsRegistry } from './metrics/metrics-registry';
export { counter, gauge, histogram } from './metrics/metric-factories';
export { MetricsModule, type MetricsOptions } from './metrics/metrics.module';
