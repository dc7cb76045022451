import { createHash, timingSafeEqual } from 'node:crypto';
import { CanActivate, ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { FastifyRequest } from 'fastify';
import { Authenticator, forbidden, holdsAnyRole, Principal, ProblemException, SERVICE_CONFIG } from '@accord/platform';
import { CaptureConfig } from '../../config/capture-config';

const digest = (value: string) => createHash('sha256').update(value).digest();

/**
 * Admits the holder of ADMIN_API_KEY, or an administrator by the platform's credentials (a JWT with
 * the admin role or a system API key with the admin scope), so operators need not hold a key per
 * service. Comparing digests keeps the key check constant-time whatever the length.
 */
@Injectable()
export class AdminKeyGuard implements CanActivate {
  private readonly expected: Buffer | null;

  constructor(
    @Inject(SERVICE_CONFIG) config: CaptureConfig,
    @Inject(Authenticator) private readonly platform: Authenticator,
  ) {
    this.expected = config.ADMIN_API_KEY ? digest(config.ADMIN_API_KEY) : null;
  }

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (!this.expected && this.platform.disabled) {
      throw new ProblemException(403, 'Forbidden', 'Administration is disabled: ADMIN_API_KEY is not set.');
    }
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    const match = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.authorization ?? '');
    if (match && this.expected && timingSafeEqual(digest(match[1]), this.expected)) return true;
    const principal = match && !this.platform.disabled ? await this.platformPrincipal(request) : null;
    if (principal && holdsAnyRole(principal, ['admin'])) return true;
    if (principal) throw forbidden('This needs the admin role.');
    throw new ProblemException(401, 'Unauthorized', 'Send the admin key or an administrator\'s credentials as "Authorization: Bearer <credential>".', undefined, 'https://accord.dev/problems/unauthorized', {
      'www-authenticate': 'Bearer realm="capture-admin"',
    });
  }

  private platformPrincipal(request: FastifyRequest): Promise<Principal | null> {
    return this.platform.authenticate(request.headers).catch(() => null);
  }
}
