export interface BackoffPolicy {
  initialDelayMs: number;
  maxDelayMs: number;
  /** Attempts for a failure that is neither known transient nor known permanent. */
  maxUnknownAttempts: number;
}

export const defaultBackoffPolicy: BackoffPolicy = {
  initialDelayMs: 200,
  maxDelayMs: 30_000,
  maxUnknownAttempts: 5,
};

/** Exponential delay with full jitter, capped, so retrying consumers do not stampede a recovering database. */
export function retryDelayMs(attempt: number, policy: BackoffPolicy, random: () => number = Math.random): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.initialDelayMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}
