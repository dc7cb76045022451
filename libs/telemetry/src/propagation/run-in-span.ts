import { type Span, SpanStatusCode } from '@opentelemetry/api';

function describe(error: unknown): { name: string; message: string } {
  return error instanceof Error
    ? { name: error.name, message: error.message }
    : { name: 'Error', message: String(error) };
}

/** Runs fn inside span and ends it; a failure marks the span and is rethrown unchanged. */
export async function runInSpan<T>(span: Span, fn: (span: Span) => Promise<T> | T): Promise<T> {
  try {
    return await fn(span);
  } catch (error) {
    const { name, message } = describe(error);
    // Stacks stay in the logs: a span carries the failure's type and message only.
    span.recordException({ name, message });
    span.setStatus({ code: SpanStatusCode.ERROR, message });
    throw error;
  } finally {
    span.end();
  }
}
