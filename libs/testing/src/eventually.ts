export interface EventuallyOptions {
  timeoutMs?: number;
  intervalMs?: number;
}

export class EventuallyTimeoutError extends Error {
  constructor(
    readonly elapsedMs: number,
    readonly attempts: number,
    readonly lastError: unknown,
  ) {
    super(`still failing after ${elapsedMs} ms (${attempts} attempts): ${describe(lastError)}`, {
      cause: lastError,
    });
    this.name = 'EventuallyTimeoutError';
  }
}

/**
 * Re-runs `assertion` until it stops throwing and returns its value; after `timeoutMs` it gives
 * up with the last error. Tests poll with this instead of sleeping for a guessed duration.
 */
export async function eventually<T>(
  assertion: () => T | Promise<T>,
  { timeoutMs = 10_000, intervalMs = 100 }: EventuallyOptions = {},
): Promise<T> {
  const startedAt = Date.now();
  const deadline = startedAt + timeoutMs;
  let attempts = 0;
  for (;;) {
    attempts += 1;
    try {
      return await assertion();
    } catch (error) {
      const now = Date.now();
      if (now >= deadline) {
        throw new EventuallyTimeoutError(now - startedAt, attempts, error);
      }
      await pause(Math.min(intervalMs, deadline - now));
    }
  }
}

function pause(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
