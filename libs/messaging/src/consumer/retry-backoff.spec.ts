import { retryDelayMs } from './retry-backoff';

const policy = { initialDelayMs: 100, maxDelayMs: 1_000, maxUnknownAttempts: 3 };

describe('retryDelayMs', () => {
  it('doubles the ceiling per attempt and never exceeds the maximum', () => {
    const highest = (attempt: number) => retryDelayMs(attempt, policy, () => 1);
    expect([1, 2, 3, 4, 5, 10].map(highest)).toEqual([100, 200, 400, 800, 1_000, 1_000]);
  });

  it('jitters within the upper half of the ceiling', () => {
    expect(retryDelayMs(3, policy, () => 0)).toBe(200);
    expect(retryDelayMs(3, policy, () => 0.5)).toBe(300);
  });
});
