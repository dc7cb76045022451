import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import { STATUS_CODES } from 'node:http';
import { FastifyReply, FastifyRequest } from 'fastify';
import { classifyFailure } from '@accord/messaging';
import { serviceUnavailable } from '../availability/service-unavailable';
import { ProblemDetails, problemContentType } from './problem-details';
import { ProblemException } from './problem-exception';

/** PostgreSQL text holds no NUL and only valid UTF-8: bad input, whichever route it came through. */
function isUnstorableText(error: unknown): boolean {
  for (let current = error; typeof current === 'object' && current !== null; current = (current as { cause?: unknown }).cause) {
    const { code, message } = current as { code?: unknown; message?: unknown };
    if (code === '22021' || code === '22P05' || (typeof message === 'string' && /invalid byte sequence for encoding/.test(message))) return true;
  }
  return false;
}

function toProblem(exception: unknown, instance: string): { problem: ProblemDetails; headers: Record<string, string> } {
  if (isUnstorableText(exception)) {
    return toProblem(new ProblemException(400, 'Bad Request', 'The request holds text PostgreSQL cannot store (a NUL character or an invalid byte sequence)'), instance);
  }
  if (!(exception instanceof HttpException) && !(exception instanceof ProblemException) && classifyFailure(exception) === 'transient') {
    return toProblem(serviceUnavailable('A database or broker this service needs did not answer; nothing was changed, retry later'), instance);
  }
  if (exception instanceof ProblemException) {
    return {
      problem: {
        type: exception.problemType,
        title: exception.title,
        status: exception.status,
        detail: exception.detail,
        instance,
        ...(exception.errors ? { errors: exception.errors } : {}),
      },
      headers: exception.headers,
    };
  }
  if (exception instanceof HttpException) {
    const response = exception.getResponse();
    const detail = typeof response === 'string' ? response : (response as { message?: unknown }).message;
    return {
      problem: {
        type: 'about:blank',
        // The status's own phrase: Nest raises Fastify's parser errors (413, 415, unreadable JSON) as a bare HttpException.
        title: STATUS_CODES[exception.getStatus()] ?? 'Error',
        status: exception.getStatus(),
        detail: Array.isArray(detail) ? detail.join('; ') : typeof detail === 'string' ? detail : undefined,
        instance,
      },
      headers: {},
    };
  }
  return {
    problem: { type: 'about:blank', title: 'Internal Server Error', status: 500, instance },
    headers: {},
  };
}

@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger('http');

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<FastifyRequest>();
    const reply = http.getResponse<FastifyReply>();
    const { problem, headers } = toProblem(exception, request.url.split('?')[0]);
    if (problem.status === 503) {
      this.logger.warn(exception instanceof Error ? exception.message : String(exception));
    } else if (problem.status >= 500) {
      this.logger.error(exception instanceof Error ? exception.stack ?? exception.message : String(exception));
    }
    void reply.status(problem.status).headers({ ...headers, 'content-type': problemContentType }).send(problem);
  }
}
