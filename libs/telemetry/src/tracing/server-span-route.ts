import { context } from '@opentelemetry/api';
import { getRPCMetadata, RPCType } from '@opentelemetry/core';

/**
 * Tells the HTTP server span the route pattern the request matched, which only the framework knows: the
 * span then carries `http.route` and is named by method and route, never by a URL with ids in it.
 */
export function recordServerSpanRoute(route: string | undefined): void {
  const metadata = getRPCMetadata(context.active());
  if (route && metadata?.type === RPCType.HTTP) metadata.route = route;
}
