import { RawBodyRequest } from '@nestjs/common';
import { FastifyRequest } from 'fastify';
import { ProblemException } from '@accord/platform';

/** The body exactly as received, which signatures are computed over. */
export function rawBodyOf(request: RawBodyRequest<FastifyRequest>): Buffer {
  if (!request.rawBody) throw new ProblemException(415, 'Unsupported Media Type', 'Send application/json.');
  return request.rawBody;
}

export function headerOf(request: FastifyRequest, name: string): string | null {
  const value = request.headers[name];
  return typeof value === 'string' ? value : null;
}

export const notConfigured = (channel: string) =>
  new ProblemException(404, 'Not Found', `The ${channel} webhook is not configured.`);

export const missingSignature = (header: string) =>
  new ProblemException(401, 'Unauthorized', `The ${header} header is missing.`, undefined, 'https://accord.dev/problems/unauthorized');

export const badSignature = (what: string) =>
  new ProblemException(403, 'Forbidden', `The ${what} does not match.`, undefined, 'https://accord.dev/problems/bad-signature');
