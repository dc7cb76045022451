import type { HttpAdapterHost } from '@nestjs/core';
import type { FastifyInstance } from 'fastify';

/** The Fastify server under a Nest application, or undefined when the application serves no HTTP. */
export function fastifyInstanceOf(adapterHost: HttpAdapterHost): FastifyInstance | undefined {
  const adapter = adapterHost.httpAdapter;
  if (adapter === undefined || adapter === null) {
    return undefined;
  }
  if (adapter.getType() !== 'fastify') {
    throw new Error(`@accord/telemetry needs the Fastify platform, found "${adapter.getType()}"`);
  }
  return adapter.getInstance<FastifyInstance>();
}
