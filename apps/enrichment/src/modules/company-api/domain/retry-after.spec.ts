import { retryAfterMs } from './retry-after';

const now = new Date('2026-11-02T10:00:00.000Z');

describe('retryAfterMs', () => {
  it('reads delta seconds and HTTP dates', () => {
    expect(retryAfterMs('30', now)).toBe(30_000);
    expect(retryAfterMs('Mon, 02 Nov 2026 10:01:00 GMT', now)).toBe(60_000);
    expect(retryAfterMs('Mon, 02 Nov 2026 09:00:00 GMT', now)).toBe(0);
  });

  it('caps absurd waits at a day and ignores what it cannot read', () => {
    expect(retryAfterMs('99999999', now)).toBe(86_400_000);
    expect([retryAfterMs(undefined, now), retryAfterMs('', now), retryAfterMs('soon', now), retryAfterMs('-5', now)]).toEqual([undefined, undefined, undefined, undefined]);
  });
});
