import { withoutQueryString } from './without-query-string';

const OPERATIONAL_PATH = /^\/(?:health|metrics)(?:\/|$)/;

/** Probes and scrapes arrive every few seconds; tracing and logging them would bury real traffic. */
export function isOperationalPath(url: string | undefined): boolean {
  return url !== undefined && OPERATIONAL_PATH.test(withoutQueryString(url));
}
