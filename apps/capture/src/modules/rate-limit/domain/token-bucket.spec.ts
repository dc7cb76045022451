import { TokenBucket } from './token-bucket';

describe('TokenBucket', () => {
  it('allows a burst up to its capacity, then refuses with the seconds until the next token', () => {
    const bucket = new TokenBucket(1, 3, 0);
    expect([bucket.take(0), bucket.take(0), bucket.take(0)].every((result) => result.allowed)).toBe(true);
    expect(bucket.take(0)).toEqual({ allowed: false, retryAfterSeconds: 1 });
  });

  it('refills at its rate and never beyond its capacity', () => {
    const bucket = new TokenBucket(10, 2, 0);
    bucket.take(0);
    bucket.take(0);
    expect(bucket.take(50).allowed).toBe(false);
    expect(bucket.take(150).allowed).toBe(true);
    const idle = new TokenBucket(10, 2, 0);
    idle.take(60_000);
    idle.take(60_000);
    expect(idle.take(60_000).allowed).toBe(false);
  });

  it('asks a slow source to wait several seconds', () => {
    const bucket = new TokenBucket(0.2, 1, 0);
    bucket.take(0);
    expect(bucket.take(0)).toEqual({ allowed: false, retryAfterSeconds: 5 });
  });
});
