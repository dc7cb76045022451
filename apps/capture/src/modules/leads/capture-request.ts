import { FastifyRequest } from 'fastify';
import { ProblemException } from '@accord/platform';
import { ApiKeyPrincipal } from '../api-keys/domain/api-key-scope';
import { requestFingerprint } from './domain/request-fingerprint';
import { IdempotencyScope } from './answer-once.usecase';

const idempotencyKeyPattern = /^[\x21-\x7E]{1,255}$/;

/** The Idempotency-Key scope of a request, or null without the header; 400 for a malformed key. */
export function idempotencyScopeOf(request: FastifyRequest, principal: ApiKeyPrincipal): IdempotencyScope | null {
  const header = request.headers['idempotency-key'];
  if (header === undefined) return null;
  if (typeof header !== 'string' || !idempotencyKeyPattern.test(header)) {
    throw new ProblemException(
      400,
      'Invalid request',
      'Idempotency-Key must be 1 to 255 visible ASCII characters.',
      [{ pointer: '/headers/idempotency-key', detail: 'must be 1 to 255 visible ASCII characters' }],
      'https://accord.dev/problems/invalid-request',
    );
  }
  return {
    apiKeyId: principal.keyId,
    key: header,
    requestHash: requestFingerprint(request.url.split('?')[0], request.body),
  };
}
