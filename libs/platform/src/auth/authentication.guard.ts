import { CanActivate, ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { forbidden } from './auth-problems';
import { Authenticator } from './authenticator';
import { holdsAnyRole } from './principal';
import { PUBLIC_ROUTE } from './public.decorator';
import { REQUIRED_ROLES } from './roles.decorator';

/** Every HTTP route needs credentials unless marked @Public() or @OwnAuthentication(); @Roles() narrows who may call. */
@Injectable()
export class AuthenticationGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    @Inject(Authenticator) private readonly authenticator: Authenticator,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<string | undefined>(PUBLIC_ROUTE, targets)) return true;
    const request = context.switchToHttp().getRequest<{ headers: Record<string, string | string[] | undefined>; principal?: unknown }>();
    const principal = await this.authenticator.authenticate(request.headers);
    request.principal = principal;
    const roles = this.reflector.getAllAndOverride<string[] | undefined>(REQUIRED_ROLES, targets);
    if (roles && principal.verified && !holdsAnyRole(principal, roles)) {
      throw forbidden(`This needs one of the roles ${roles.join(', ')}.`);
    }
    return true;
  }
}
