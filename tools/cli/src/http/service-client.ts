import { CliError } from '../cli-error';
import { ServiceName } from '../settings/cli-settings';

export interface ServiceRequest {
  method?: 'GET' | 'POST';
  body?: unknown;
  headers?: Record<string, string>;
  /** Answer null instead of failing when the service says 404: "not known here" is an answer. */
  notFoundAsNull?: boolean;
  accept?: string;
}

interface ProblemDetails {
  title?: string;
  detail?: string;
}

/** One service's HTTP API; every failure names the service, the request and what went wrong. */
export class ServiceClient {
  constructor(
    readonly service: ServiceName,
    readonly baseUrl: string,
    private readonly timeoutMs: number,
    /** Sent as a bearer credential unless the request brings its own authorization. */
    private readonly apiKey: string | null = null,
  ) {}

  async json<T>(path: string, request: ServiceRequest & { notFoundAsNull: true }): Promise<T | null>;
  async json<T>(path: string, request?: ServiceRequest): Promise<T>;
  async json<T>(path: string, request: ServiceRequest = {}): Promise<T | null> {
    const text = await this.text(path, { ...request, accept: 'application/json' });
    if (text === null) return null;
    try {
      return (text === '' ? undefined : JSON.parse(text)) as T;
    } catch {
      throw new CliError(`${this.service} answered ${this.describe(request, path)} with something that is not JSON`);
    }
  }

  async text(path: string, request: ServiceRequest = {}): Promise<string | null> {
    const method = request.method ?? 'GET';
    const credentials: Record<string, string> = this.apiKey ? { authorization: `Bearer ${this.apiKey}` } : {};
    const headers: Record<string, string> = { accept: request.accept ?? '*/*', ...credentials, ...request.headers };
    // The services accept only JSON bodies on POST, so a command without one sends an empty object.
    const body = request.body ?? (method === 'POST' ? {} : undefined);
    if (body !== undefined) headers['content-type'] = 'application/json';
    let response: Response;
    try {
      response = await fetch(`${this.baseUrl}${path}`, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.timeout(this.timeoutMs),
      });
    } catch (error) {
      const reason = error instanceof Error && error.name === 'TimeoutError' ? `no answer within ${this.timeoutMs} ms` : causeOf(error);
      throw new CliError(`${this.service} did not answer ${this.describe(request, path)} at ${this.baseUrl}: ${reason}`);
    }
    const text = await response.text();
    if (response.status === 404 && request.notFoundAsNull) return null;
    if (!response.ok) {
      throw new CliError(`${this.service} answered ${response.status} to ${this.describe(request, path)}${problemText(text)}`);
    }
    return text;
  }

  private describe(request: ServiceRequest, path: string): string {
    return `${request.method ?? 'GET'} ${path}`;
  }
}

function causeOf(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = (error.cause ?? {}) as { code?: string; message?: string };
  return cause.code ?? cause.message ?? error.message;
}

function problemText(body: string): string {
  try {
    const problem = JSON.parse(body) as ProblemDetails;
    const parts = [problem.title, problem.detail].filter(Boolean);
    return parts.length > 0 ? `: ${parts.join(': ')}` : '';
  } catch {
    return '';
  }
}
