import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyInstance } from 'fastify';

export interface RegisteredRoute {
  method: string;
  url: string;
}

const routesByServer = new WeakMap<FastifyInstance, RegisteredRoute[]>();

/** Call before the routes are registered: from then on every route the server gets is kept. */
export function recordRoutes(server: FastifyInstance): void {
  const routes: RegisteredRoute[] = [];
  routesByServer.set(server, routes);
  server.addHook('onRoute', (route) => {
    for (const method of [route.method].flat()) {
      if (method !== 'HEAD') routes.push({ method, url: route.url });
    }
  });
}

/** Every HTTP route a service answers, e.g. for tests that must cover all of them. */
export function registeredRoutes(app: NestFastifyApplication): RegisteredRoute[] {
  return [...(routesByServer.get(app.getHttpAdapter().getInstance()) ?? [])];
}
