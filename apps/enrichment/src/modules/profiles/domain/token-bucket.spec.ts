import { TokenBucket } from './token-bucket';

describe('TokenBucket', () => {
  it('allows a burst, then the rate', () => {
    const bucket = new TokenBucket(2, 3, 0);
    expect([bucket.tryTake(0), bucket.tryTake(0), bucket.tryTake(0), bucket.tryTake(0)]).toEqual([true, true, true, false]);
    expect(bucket.waitMs()).toBe(500);
    expect(bucket.tryTake(499)).toBe(false);
    expect(bucket.tryTake(1000)).toBe(true);
  });

  it('never stores more than the burst', () => {
    const bucket = new TokenBucket(10, 2, 0);
    expect([bucket.tryTake(60_000), bucket.tryTake(60_000), bucket.tryTake(60_000)]).toEqual([true, true, false]);
  });

  it('refuses a limit that could never pass', () => {
    expect(() => new TokenBucket(0, 1, 0)).toThrow();
    expect(() => new TokenBucket(1, 0, 0)).toThrow();
  });
});
