import { counter, histogram } from './metric-factories';

const LABELS = ['method', 'route', 'status'] as const;

export type HttpServerLabels = Record<(typeof LABELS)[number], string>;

export function httpServerMetrics() {
  return {
    requests: counter(
      'http_server_requests_total',
      'HTTP requests served, by method, matched route pattern and status code',
      LABELS,
    ),
    duration: histogram(
      'http_server_request_duration_seconds',
      'Time taken to serve HTTP requests, by method, matched route pattern and status code',
      LABELS,
    ),
  };
}
