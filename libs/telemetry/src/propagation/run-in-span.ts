import { type Span, SpanStatusCode } from '@opentelemetry/api';
import { annotateSpan } from './lead-span-attributes';

function describe(error: unknown): { name: string; message: string } {
  return error instanceof Error
    ? { name: error.name, message: error.message }
    : { name: 'Error', message: String(error) };
}

/** Marks span as failed by error. Stacks stay in the logs: a span carries the type and message only. */
export function markFailed(span: Span, error: unknown): void {
  const { name, message } = describe(error);
  span.recordException({ name, message });
  span.setStatus({ code: SpanStatusCode.ERROR, message });
  annotateSpan(span, { outcome: 'failed' });
}

/** Runs fn inside span and ends it; a failure marks the span and is rethrown unchanged. */
export async function runInSpan<T>(span: Span, fn: (span: Span) => Promise<T> | T): Promise<T> {
  try {
    return await fn(span);
  } catch (error) {
    markFailed(span, error);
    throw error;
  } finally {
    span.end();
  }
}
