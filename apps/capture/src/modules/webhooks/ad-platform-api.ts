import { ExponentialBackoff, handleWhen, IPolicy, retry, timeout, TimeoutStrategy, wrap } from 'cockatiel';

/** A failure worth another try later: the network, a timeout, throttling or a server error. */
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

/** GETs a JSON document, telling the failures worth another try from those that are final. */
export async function getAdApiJson(api: string, url: URL, headers: Record<string, string>, signal: AbortSignal): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(url, { headers, signal });
  } catch (error) {
    throw new TransientAdApiError(`${api} unreachable: ${(error as Error).message}`);
  }
  if (response.status === 429 || response.status >= 500) throw new TransientAdApiError(`${api} answered ${response.status}`);
  if (!response.ok) throw new PermanentAdApiError(`${api} answered ${response.status}`);
  return response.json().catch(() => null);
}
