import { Injectable, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { fastifyInstanceOf } from '../http/fastify-instance';
import { UNMATCHED_ROUTE } from '../http/unmatched-route';
import { type HttpServerLabels, httpServerMetrics } from './http-server-metrics';

/**
 * Records every response on Fastify's onResponse hook, which runs after Nest's exception filters
 * have turned thrown errors into 4xx/5xx replies, so failures are counted like successes.
 */
@Injectable()
export class HttpServerMetricsRecorder implements OnModuleInit {
  constructor(private readonly adapterHost: HttpAdapterHost) {}

  onModuleInit(): void {
    const server = fastifyInstanceOf(this.adapterHost);
    if (server === undefined) {
      return;
    }
    const { requests, duration } = httpServerMetrics();
    server.addHook('onResponse', (request, reply, done) => {
      const labels: HttpServerLabels = {
        method: request.method,
        route: request.routeOptions.url ?? UNMATCHED_ROUTE,
        status: String(reply.statusCode),
      };
      requests.inc(labels);
      duration.observe(labels, reply.elapsedTime / 1000);
      done();
    });
  }
}
