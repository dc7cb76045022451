export interface RetryPolicy {
  baseDelayMs: number;
  maxDelayMs: number;
  maxAttempts: number;
}

/**
 * When to try a failed provider again: doubling from the base delay, capped, never sooner than
 * the provider asked (Retry-After); undefined once the attempts are used up.
 */
export function nextRetryDelayMs(attempt: number, policy: RetryPolicy, requestedMs?: number): number | undefined {
  if (attempt >= policy.maxAttempts) return undefined;
  const backoff = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, attempt - 1));
  return Math.max(backoff, requestedMs ?? 0);
}
