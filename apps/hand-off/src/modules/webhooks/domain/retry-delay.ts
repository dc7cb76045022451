export interface RetryPolicy {
  baseDelayMs: number;
  maxDelayMs: number;
}

/** Exponential backoff with full jitter in its upper half, so a recovering receiver is not hit all at once. */
export function retryDelayMs(failedAttempts: number, policy: RetryPolicy, random: () => number = Math.random): number {
  const exponential = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, failedAttempts - 1));
  return Math.round(exponential / 2 + (random() * exponential) / 2);
}

export type DeliveryVerdict = { status: 'delivered' } | { status: 'pending'; retryInMs: number } | { status: 'dead' };

/** After an attempt: delivered on 2xx, dead once the subscriber's attempts are used up, else retried later. */
export function deliveryVerdict(succeeded: boolean, attempts: number, maxAttempts: number, policy: RetryPolicy, random?: () => number): DeliveryVerdict {
  if (succeeded) return { status: 'delivered' };
  if (attempts >= maxAttempts) return { status: 'dead' };
  return { status: 'pending', retryInMs: retryDelayMs(attempts, policy, random) };
}
