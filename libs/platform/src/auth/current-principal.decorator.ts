import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { Principal } from './principal';

const anonymous: Principal = { kind: 'anonymous', id: null, roles: [], team: null, scopes: [], verified: false };

export function principalOf(request: unknown): Principal {
  return (request as { principal?: Principal }).principal ?? anonymous;
}

/** The caller the authentication guard established for this request. */
export const CurrentPrincipal = createParamDecorator((_: unknown, context: ExecutionContext): Principal =>
  principalOf(context.switchToHttp().getRequest()),
);
