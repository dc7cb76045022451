import { ProblemException } from '../http/problem-exception';

export const RETRY_AFTER_SECONDS = 5;

/** 503 with Retry-After: the request was not accepted and may be sent again unchanged. */
export function serviceUnavailable(detail: string): ProblemException {
  return new ProblemException(503, 'Service Unavailable', detail, undefined, 'about:blank', {
    'retry-after': String(RETRY_AFTER_SECONDS),
  });
}
