import { ExponentialBackoff, handleWhen, IPolicy, retry, timeout, TimeoutStrategy, wrap } from 'cockatiel';

/** A failure worth another try later: the network, a timeout, throttling, a server error or our own credentials. */
export class TransientAdApiError extends Error {}

/** A lead the platform will never give us: deleted, not ours, or a token without permission. */
export class PermanentAdApiError extends Error {}

/** Tries a call again at once, a few times with growing pauses, while it fails for now; each try is cut off after 5 s. */
export function adApiRetryPolicy(attempts: number, backoffMs: number): IPolicy {
  return wrap(
    retry(handleWhen((error) => error instanceof TransientAdApiError || (error as Error).name === 'TaskCancelledError'), {
      maxAttempts: attempts - 1,
      backoff: new ExponentialBackoff({ initialDelay: backoffMs, maxDelay: 30_000 }),
    }),
    timeout(5_000, TimeoutStrategy.Aggressive),
  );
}

const waitForUs = new Set([401, 426, 429]);

/** GETs a JSON document, telling the failures worth another try from those that are final. */
export async function getAdApiJson(api: string, url: URL, headers: Record<string, string>, signal: AbortSignal): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(url, { headers, signal });
  } catch (error) {
    throw new TransientAdApiError(`${api} unreachable: ${(error as Error).message}`);
  }
  // An expired token (401) or a retired API version (426) is ours to fix; the leads must wait for it, not be dropped.
  if (waitForUs.has(response.status) || response.status >= 500) throw new TransientAdApiError(`${api} answered ${response.status}`);
  if (!response.ok) throw new PermanentAdApiError(`${api} answered ${response.status}`);
  return response.json().catch(() => null);
}
