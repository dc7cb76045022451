import { SignJWT } from 'jose';

export interface PlatformUrls {
  capture: string;
  enrichment: string;
  scoring: string;
  handOff: string;
  rewards: string;
}

export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export interface DemoCredentials {
  /** A system API key with the admin scope (npm start writes .run/system-api-key). */
  systemApiKey: string;
  /** The development JWT secret (npm start writes .run/auth-jwt-secret), to act as a rep the way an identity provider's token would. */
  jwtSecret: string;
}

let credentials: DemoCredentials | null = null;

export function useCredentials(given: DemoCredentials): void {
  credentials = given;
}

/** An x-rep-id header becomes that rep's token; any other call carries the system API key. */
async function authorizationFor(headers: Record<string, string>): Promise<Record<string, string>> {
  const { 'x-rep-id': repId, ...rest } = headers;
  if (!credentials) return rest;
  if (!repId) return { authorization: `Bearer ${credentials.systemApiKey}`, ...rest };
  const token = await new SignJWT({ roles: ['rep'] })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(repId)
    .setExpirationTime('10m')
    .sign(new TextEncoder().encode(credentials.jwtSecret));
  return { authorization: `Bearer ${token}`, ...rest };
}

/** JSON over HTTP to the services, with the status and problem detail in every error. */
export async function call<Answer>(method: string, url: string, body?: unknown, headers: Record<string, string> = {}): Promise<Answer> {
  const response = await fetch(url, {
    method,
    headers: { ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...(await authorizationFor(headers)) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok) throw new HttpError(response.status, `${method} ${url} answered ${response.status}: ${text.slice(0, 300)}`);
  return (text ? JSON.parse(text) : undefined) as Answer;
}

/** Runs the tasks with at most `limit` in flight. */
export async function inParallel<Item, Result>(items: Item[], limit: number, task: (item: Item, index: number) => Promise<Result>): Promise<Result[]> {
  const results: Result[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await task(items[index], index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/** Repeats `probe` until it returns true or the time is up; false when it never did. */
export async function waitFor(probe: () => Promise<boolean>, timeoutMs: number, intervalMs = 1_000): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await probe()) return true;
    if (Date.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}
