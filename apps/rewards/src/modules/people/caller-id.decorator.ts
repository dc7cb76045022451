import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { ProblemException } from '@accord/platform';

const personId = /^[A-Za-z0-9][A-Za-z0-9._@-]{0,199}$/;

/**
 * The calling person, from the X-Person-Id header an authenticating gateway sets. Until real
 * authentication is in place the header is trusted as given.
 */
export const CallerId = createParamDecorator((_: unknown, context: ExecutionContext): string => {
  const value: unknown = context.switchToHttp().getRequest<{ headers: Record<string, unknown> }>().headers['x-person-id'];
  if (typeof value !== 'string' || !personId.test(value)) {
    throw new ProblemException(401, 'Who is calling?', 'Send the caller in the X-Person-Id header.', undefined, 'about:blank', {
      'www-authenticate': 'X-Person-Id',
    });
  }
  return value;
});
