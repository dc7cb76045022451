import { Injectable, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { fastifyInstanceOf } from '../http/fastify-instance';
import { rememberRoute } from '../http/request-route';
import { recordServerSpanRoute } from '../tracing/server-span-route';

/** Lets request logs and the request's server span name the matched route pattern rather than the raw URL. */
@Injectable()
export class RequestRouteRecorder implements OnModuleInit {
  constructor(private readonly adapterHost: HttpAdapterHost) {}

  onModuleInit(): void {
    fastifyInstanceOf(this.adapterHost)?.addHook('onRequest', (request, _reply, done) => {
      rememberRoute(request.raw, request.routeOptions.url);
      recordServerSpanRoute(request.routeOptions.url);
      done();
    });
  }
}
