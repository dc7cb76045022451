import { deliveryVerdict, retryDelayMs } from './retry-delay';

const policy = { baseDelayMs: 1_000, maxDelayMs: 60_000 };

describe('retryDelayMs', () => {
  it('doubles with every failure, within a jitter band, up to the cap', () => {
    expect([1, 2, 3, 4].map((attempt) => retryDelayMs(attempt, policy, () => 1))).toEqual([1_000, 2_000, 4_000, 8_000]);
    expect(retryDelayMs(3, policy, () => 0)).toBe(2_000);
    expect(retryDelayMs(30, policy, () => 1)).toBe(60_000);
  });
});

describe('deliveryVerdict', () => {
  it('delivers, retries, then gives up into the dead-letter list', () => {
    expect(deliveryVerdict(true, 1, 3, policy)).toEqual({ status: 'delivered' });
    expect(deliveryVerdict(false, 1, 3, policy, () => 1)).toEqual({ status: 'pending', retryInMs: 1_000 });
    expect(deliveryVerdict(false, 3, 3, policy)).toEqual({ status: 'dead' });
  });
});
