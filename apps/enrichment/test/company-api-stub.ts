import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import { AddressInfo } from 'node:net';

export type StubBehaviour =
  | { kind: 'found'; body: Record<string, unknown> }
  | { kind: 'queued'; retryAfterSeconds?: number }
  | { kind: 'not-found' }
  | { kind: 'throttled'; retryAfterSeconds: number }
  | { kind: 'slow'; delayMs: number; body: Record<string, unknown> }
  | { kind: 'hang' }
  | { kind: 'error'; status: number };

/** A local stand-in for the company API that answers each domain the way a test tells it to. */
export class CompanyApiStub {
  readonly behaviours = new Map<string, StubBehaviour>();
  readonly requests: { domain: string | null; authorization: string | undefined }[] = [];
  private readonly pending = new Set<ServerResponse>();
  private server?: Server;

  constructor(private readonly apiKey: string) {}

  async start(): Promise<string> {
    this.server = createServer((request, response) => this.answer(request, response));
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    for (const response of this.pending) response.destroy();
    this.server?.closeAllConnections();
    await new Promise((resolve) => this.server?.close(resolve));
  }

  requestsFor(domain: string): number {
    return this.requests.filter((request) => request.domain === domain).length;
  }

  private answer(request: IncomingMessage, response: ServerResponse): void {
    const url = new URL(request.url ?? '/', 'http://stub');
    const domain = url.searchParams.get('domain');
    this.requests.push({ domain, authorization: request.headers.authorization });
    if (url.pathname !== '/v1/companies' || request.headers.authorization !== `Bearer ${this.apiKey}`) {
      return this.send(response, 401, { error: 'unauthorized' });
    }
    const behaviour = this.behaviours.get(domain ?? '') ?? { kind: 'not-found' };
    switch (behaviour.kind) {
      case 'found':
        return this.send(response, 200, behaviour.body);
      case 'queued':
        return this.send(response, 202, { status: 'queued' }, behaviour.retryAfterSeconds);
      case 'not-found':
        return this.send(response, 404, { error: 'not found' });
      case 'throttled':
        return this.send(response, 429, { error: 'slow down' }, behaviour.retryAfterSeconds);
      case 'slow': {
        this.pending.add(response);
        const timer = setTimeout(() => this.send(response, 200, behaviour.body), behaviour.delayMs);
        response.on('close', () => clearTimeout(timer));
        return;
      }
      case 'hang':
        this.pending.add(response);
        return;
      case 'error':
        return this.send(response, behaviour.status, { error: 'internal' });
    }
  }

  private send(response: ServerResponse, status: number, body: unknown, retryAfterSeconds?: number): void {
    this.pending.delete(response);
    if (response.destroyed) return;
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (retryAfterSeconds !== undefined) headers['retry-after'] = String(retryAfterSeconds);
    response.writeHead(status, headers).end(JSON.stringify(body));
  }
}
