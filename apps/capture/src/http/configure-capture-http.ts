import multipart from '@fastify/multipart';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { FastifyReply, FastifyRequest } from 'fastify';
import { problemContentType } from '@accord/platform';
import { CaptureConfig } from '../config/capture-config';
import { serveOpenApi } from './openapi';

const jsonOnlyPrefixes = ['/v1/leads', '/v1/admin/', '/v1/webhooks/'];

function sendProblem(reply: FastifyReply, request: FastifyRequest, status: number, title: string, detail: string) {
  return reply
    .status(status)
    .header('content-type', problemContentType)
    .send({ type: 'about:blank', title, status, detail, instance: request.url.split('?')[0] });
}

/** The JSON API answers 415 to anything but JSON, rather than guessing at text bodies. */
function requireJson(app: NestFastifyApplication): void {
  app.getHttpAdapter().getInstance().addHook('onRequest', async (request, reply) => {
    if (request.method !== 'POST' || !jsonOnlyPrefixes.some((prefix) => request.url.startsWith(prefix))) return;
    const contentType = (request.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
    if (contentType !== 'application/json') {
      await sendProblem(reply, request, 415, 'Unsupported Media Type', 'Send application/json.');
    }
  });
}

export async function configureCaptureHttp(app: NestFastifyApplication, _config: CaptureConfig): Promise<void> {
  // Forms send text fields only; a file in a multipart body is refused (413) rather than stored.
  await app.register(multipart, { attachFieldsToBody: 'keyValues', limits: { files: 0, fields: 100, fieldSize: 10_000 } });
  // CSV imports are read as a stream by their handler, so no size limit applies to them.
  app.getHttpAdapter().getInstance().addContentTypeParser('text/csv', (_request, payload, done) => done(null, payload));
  requireJson(app);
  serveOpenApi(app);
}
