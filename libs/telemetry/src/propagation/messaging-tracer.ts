import { type Tracer, trace } from '@opentelemetry/api';

export function messagingTracer(): Tracer {
  return trace.getTracer('accord-messaging');
}
