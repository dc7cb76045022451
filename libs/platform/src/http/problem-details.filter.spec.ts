import { ArgumentsHost, HttpException, NotFoundException } from '@nestjs/common';
import { ProblemDetailsFilter } from './problem-details.filter';
import { ProblemException } from './problem-exception';

function captureReply(exception: unknown) {
  const sent: { status?: number; headers?: Record<string, string>; body?: unknown } = {};
  const reply = {
    status(code: number) {
      sent.status = code;
      return this;
    },
    headers(values: Record<string, string>) {
      sent.headers = values;
      return this;
    },
    send(body: unknown) {
      sent.body = body;
      return this;
    },
  };
  const host = {
    switchToHttp: () => ({ getRequest: () => ({ url: '/v1/leads?email=secret' }), getResponse: () => reply }),
  } as unknown as ArgumentsHost;
  new ProblemDetailsFilter().catch(exception, host);
  return sent;
}

describe('ProblemDetailsFilter', () => {
  it('renders a problem with its type, field errors and extra headers as application/problem+json', () => {
    const sent = captureReply(
      new ProblemException(503, 'Unavailable', 'Try later', [{ pointer: '/x', detail: 'y' }], 'about:blank', {
        'retry-after': '5',
      }),
    );
    expect(sent.status).toBe(503);
    expect(sent.headers).toEqual({ 'retry-after': '5', 'content-type': 'application/problem+json' });
    expect(sent.body).toEqual({
      type: 'about:blank',
      title: 'Unavailable',
      status: 503,
      detail: 'Try later',
      instance: '/v1/leads',
      errors: [{ pointer: '/x', detail: 'y' }],
    });
  });

  it('maps Nest HTTP exceptions and hides the details of unexpected errors', () => {
    expect(captureReply(new NotFoundException('No such lead')).body).toMatchObject({ status: 404, title: 'Not Found', detail: 'No such lead' });
    expect(captureReply(new HttpException('Request body is too large', 413)).body).toMatchObject({ status: 413, title: 'Payload Too Large' });
    const crash = captureReply(new Error('internal detail 4711'));
    expect(crash.status).toBe(500);
    expect(JSON.stringify(crash.body)).not.toContain('4711');
  });

  it('answers 503 with Retry-After when the database or broker did not answer, without its message', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 10.0.0.7:5432'), { code: 'ECONNREFUSED' });
    const sent = captureReply(new Error('query failed', { cause: refused }));
    expect(sent.status).toBe(503);
    expect(sent.headers).toMatchObject({ 'retry-after': '5' });
    expect(sent.body).toMatchObject({ status: 503, title: 'Service Unavailable' });
    expect(JSON.stringify(sent.body)).not.toContain('10.0.0.7');
  });

  it('answers 400 for text PostgreSQL cannot store, on any route', () => {
    const nul = Object.assign(new Error('invalid byte sequence for encoding "UTF8": 0x00'), { code: '22021' });
    const sent = captureReply(new Error('query failed', { cause: nul }));
    expect(sent.status).toBe(400);
    expect(sent.body).toMatchObject({ status: 400, title: 'Bad Request' });
  });
});
