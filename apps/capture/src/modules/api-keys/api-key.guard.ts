import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { FastifyRequest } from 'fastify';
import { ProblemException } from '@accord/platform';
import { SourceRateLimiter } from '../rate-limit/source-rate-limiter';
import { ApiKeyAuthenticator } from './api-key-authenticator';
import { ApiKeyPrincipal, ApiKeyScope } from './domain/api-key-scope';
import { REQUIRED_SCOPE } from './requires-scope.decorator';

function presentedKey(request: FastifyRequest): string | null {
  const header = request.headers['x-api-key'];
  if (typeof header === 'string') return header.trim();
  const authorization = request.headers.authorization;
  const match = authorization ? /^Bearer\s+(\S+)\s*$/i.exec(authorization) : null;
  return match ? match[1] : null;
}

/** Authenticates the source's API key, checks its scope, then spends one token of its rate limit. */
@Injectable()
export class ApiKeyGuard implements CanActivate {
  constructor(
    private readonly authenticator: ApiKeyAuthenticator,
    private readonly rateLimiter: SourceRateLimiter,
    private readonly reflector: Reflector,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<FastifyRequest & { principal?: ApiKeyPrincipal }>();
    const presented = presentedKey(request);
    const challenge = { 'www-authenticate': 'Bearer realm="capture"' };
    if (!presented) {
      throw new ProblemException(401, 'Unauthorized', 'Send an API key as "Authorization: Bearer <key>" or "X-Api-Key".', undefined, 'https://accord.dev/problems/unauthorized', challenge);
    }
    const principal = await this.authenticator.authenticate(presented);
    if (!principal) {
      throw new ProblemException(401, 'Unauthorized', 'The API key is unknown, malformed or revoked.', undefined, 'https://accord.dev/problems/unauthorized', challenge);
    }
    const scope = this.reflector.get<ApiKeyScope | undefined>(REQUIRED_SCOPE, context.getHandler());
    if (scope && !principal.scopes.includes(scope)) {
      throw new ProblemException(403, 'Forbidden', `The API key lacks the scope ${scope}.`, undefined, 'https://accord.dev/problems/forbidden');
    }
    const limit = this.rateLimiter.take(principal.source);
    if (!limit.allowed) {
      throw new ProblemException(
        429,
        'Too Many Requests',
        `Source ${principal.source} is over its rate limit.`,
        undefined,
        'https://accord.dev/problems/rate-limited',
        { 'retry-after': String(limit.retryAfterSeconds) },
      );
    }
    request.principal = principal;
    return true;
  }
}
