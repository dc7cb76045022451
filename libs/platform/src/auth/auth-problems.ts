import { ProblemException } from '../http/problem-exception';

export function unauthenticated(detail: string): ProblemException {
  return new ProblemException(401, 'Unauthorized', detail, undefined, 'about:blank', { 'www-authenticate': 'Bearer' });
}

export function forbidden(detail: string): ProblemException {
  return new ProblemException(403, 'Forbidden', detail);
}
