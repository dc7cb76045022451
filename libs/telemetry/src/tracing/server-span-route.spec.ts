import { context, ROOT_CONTEXT, trace } from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { getRPCMetadata, RPCType, setRPCMetadata } from '@opentelemetry/core';
import { recordServerSpanRoute } from './server-span-route';

describe('recordServerSpanRoute', () => {
  const manager = new AsyncLocalStorageContextManager();
  const span = trace.wrapSpanContext({ traceId: '0af7651916cd43dd8448eb211c80319c', spanId: 'b7ad6b7169203331', traceFlags: 1 });
  /** A fresh context serving an HTTP request, as the HTTP instrumentation makes one per request. */
  const servingContext = () => setRPCMetadata(ROOT_CONTEXT, { type: RPCType.HTTP, span });

  beforeAll(() => context.setGlobalContextManager(manager.enable()));
  afterAll(() => {
    manager.disable();
    context.disable();
  });

  it('gives the HTTP server span of the active context the matched route pattern', () => {
    const serving = servingContext();
    context.with(serving, () => recordServerSpanRoute('/v1/leads/:id'));
    expect(getRPCMetadata(serving)?.route).toBe('/v1/leads/:id');
  });

  it('leaves a context without a server span, and an unmatched request, as they are', () => {
    expect(() => context.with(ROOT_CONTEXT, () => recordServerSpanRoute('/v1/leads'))).not.toThrow();
    const serving = servingContext();
    context.with(serving, () => recordServerSpanRoute(undefined));
    expect(getRPCMetadata(serving)?.route).toBeUndefined();
  });
});
