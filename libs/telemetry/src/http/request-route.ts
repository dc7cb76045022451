import type { IncomingMessage } from 'node:http';
import { UNMATCHED_ROUTE } from './unmatched-route';

// Node middleware (pino-http) only sees the raw request, while the matched route pattern is
// known to Fastify alone: this map carries it across.
const routes = new WeakMap<IncomingMessage, string>();

export function rememberRoute(request: IncomingMessage, route: string | undefined): void {
  routes.set(request, route ?? UNMATCHED_ROUTE);
}

export function routeOf(request: IncomingMessage): string {
  return routes.get(request) ?? UNMATCHED_ROUTE;
}
