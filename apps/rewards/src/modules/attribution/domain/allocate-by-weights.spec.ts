import fc from 'fast-check';
import { allocateByWeights } from './allocate-by-weights';

describe('allocateByWeights', () => {
  it('gives the leftover cent to the earlier of equal remainders', () => {
    expect(allocateByWeights(100, [1n, 1n, 1n])).toEqual([34, 33, 33]);
  });

  it('gives leftover cents to the largest remainders first', () => {
    // quotas 1.5, 3.3, 5.2 → floors 1, 3, 5 and one cent left for the .5
    expect(allocateByWeights(10, [15n, 33n, 52n])).toEqual([2, 3, 5]);
  });

  it('refuses amounts that are not whole minor units and weights that give nothing', () => {
    expect(() => allocateByWeights(10.5, [1n])).toThrow(RangeError);
    expect(() => allocateByWeights(10, [0n, 0n])).toThrow(RangeError);
    expect(() => allocateByWeights(10, [-1n, 2n])).toThrow(RangeError);
  });

  it('always adds up exactly, never goes negative and stays within one cent of the quota', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1_000_000_000_000 }),
        fc.array(fc.bigInt({ min: 0n, max: 10n ** 15n }), { minLength: 1, maxLength: 30 }).filter((w) => w.some((x) => x > 0n)),
        (amount, weights) => {
          const parts = allocateByWeights(amount, weights);
          const total = weights.reduce((a, b) => a + b, 0n);
          expect(parts.reduce((a, b) => a + b, 0)).toBe(amount);
          parts.forEach((part, index) => {
            expect(part).toBeGreaterThanOrEqual(0);
            const quota = (BigInt(amount) * weights[index]!) / total;
            expect(BigInt(part) - quota >= 0n && BigInt(part) - quota <= 1n).toBe(true);
          });
        },
      ),
    );
  });
});
