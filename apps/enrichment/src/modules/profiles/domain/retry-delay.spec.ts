import { nextRetryDelayMs } from './retry-delay';

const policy = { baseDelayMs: 1_000, maxDelayMs: 10_000, maxAttempts: 6 };

describe('nextRetryDelayMs', () => {
  it('doubles from the base delay up to the cap', () => {
    expect([1, 2, 3, 4, 5].map((attempt) => nextRetryDelayMs(attempt, policy))).toEqual([1_000, 2_000, 4_000, 8_000, 10_000]);
  });

  it('waits at least as long as the provider asked', () => {
    expect(nextRetryDelayMs(1, policy, 30_000)).toBe(30_000);
    expect(nextRetryDelayMs(3, policy, 10)).toBe(4_000);
  });

  it('gives up after the last attempt', () => {
    expect(nextRetryDelayMs(6, policy)).toBeUndefined();
  });
});
