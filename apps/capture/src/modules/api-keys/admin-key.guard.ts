import { createHash, timingSafeEqual } from 'node:crypto';
import { CanActivate, ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { FastifyRequest } from 'fastify';
import { ProblemException, SERVICE_CONFIG } from '@accord/platform';
import { CaptureConfig } from '../../config/capture-config';

const digest = (value: string) => createHash('sha256').update(value).digest();

/** Admits only the holder of ADMIN_API_KEY; comparing digests keeps the check constant-time whatever the length. */
@Injectable()
export class AdminKeyGuard implements CanActivate {
  private readonly expected: Buffer | null;

  constructor(@Inject(SERVICE_CONFIG) config: CaptureConfig) {
    this.expected = config.ADMIN_API_KEY ? digest(config.ADMIN_API_KEY) : null;
  }

  canActivate(context: ExecutionContext): boolean {
    if (!this.expected) {
      throw new ProblemException(403, 'Forbidden', 'Administration is disabled: ADMIN_API_KEY is not set.');
    }
    const authorization = context.switchToHttp().getRequest<FastifyRequest>().headers.authorization ?? '';
    const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
    if (!match || !timingSafeEqual(digest(match[1]), this.expected)) {
      throw new ProblemException(401, 'Unauthorized', 'Send the admin key as "Authorization: Bearer <key>".', undefined, 'https://accord.dev/problems/unauthorized', {
        'www-authenticate': 'Bearer realm="capture-admin"',
      });
    }
    return true;
  }
}
