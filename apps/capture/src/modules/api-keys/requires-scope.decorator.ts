import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { ApiKeyPrincipal, ApiKeyScope } from './domain/api-key-scope';

export const REQUIRED_SCOPE = Symbol('REQUIRED_SCOPE');

/** The scope an API key must hold to call the handler. */
export const RequiresScope = (scope: ApiKeyScope) => SetMetadata(REQUIRED_SCOPE, scope);

/** The verified API key of the request, set by ApiKeyGuard. */
export const Principal = createParamDecorator(
  (_: unknown, context: ExecutionContext): ApiKeyPrincipal =>
    context.switchToHttp().getRequest<{ principal: ApiKeyPrincipal }>().principal,
);
