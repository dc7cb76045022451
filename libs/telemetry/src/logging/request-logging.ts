import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger, LevelWithSilent } from 'pino';
import type { Options } from 'pino-http';
import { isOperationalPath } from '../http/operational-path';
import { routeOf } from '../http/request-route';
import { withoutQueryString } from '../http/without-query-string';

type RawRequest = IncomingMessage & { originalUrl?: string };

function requestPath(request: RawRequest): string {
  return withoutQueryString(request.originalUrl ?? request.url ?? '/');
}

function levelFor(response: ServerResponse, error?: Error): LevelWithSilent {
  if (error !== undefined || response.statusCode >= 500) {
    return 'error';
  }
  return response.statusCode >= 400 ? 'warn' : 'info';
}

/** One line per request, with what operators need and nothing a person could be found by. */
function requestSummary(request: RawRequest, response: ServerResponse, responseTime: number) {
  return {
    method: request.method,
    route: routeOf(request),
    url: requestPath(request),
    status: response.statusCode,
    duration_ms: responseTime,
  };
}

export function requestLoggingOptions(logger: Logger): Options<RawRequest, ServerResponse> {
  return {
    logger,
    // Bind only the request id: the serialised request would carry headers and the client address.
    quietReqLogger: true,
    quietResLogger: true,
    autoLogging: { ignore: (request) => isOperationalPath(requestPath(request)) },
    customLogLevel: (_request, response, error) => levelFor(response, error),
    customSuccessMessage: () => 'request completed',
    customErrorMessage: () => 'request failed',
    customSuccessObject: (request, response, value: { responseTime: number }) =>
      requestSummary(request, response, value.responseTime),
    customErrorObject: (request, response, _error, value: { responseTime: number }) =>
      requestSummary(request, response, value.responseTime),
  };
}
