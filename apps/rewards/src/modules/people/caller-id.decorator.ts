import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { principalOf, unauthenticated } from '@accord/platform';

const personId = /^[A-Za-z0-9][A-Za-z0-9._@-]{0,199}$/;

/**
 * The calling person: the `sub` of their token. Only with AUTH_DISABLED (development) does the
 * X-Person-Id header stand in for it.
 */
export const CallerId = createParamDecorator((_: unknown, context: ExecutionContext): string => {
  const { kind, id } = principalOf(context.switchToHttp().getRequest());
  if (kind !== 'person' || id === null || !personId.test(id)) throw unauthenticated('Send a person’s token (Authorization: Bearer <JWT>) whose sub is a person id.');
  return id;
});
