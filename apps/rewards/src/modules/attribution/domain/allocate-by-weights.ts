/**
 * Splits an integer amount in proportion to integer weights so the parts add up exactly:
 * every part gets the floor of its quota, and the cents left over go one each to the largest
 * remainders; equal remainders go to the earlier position, so the split is deterministic.
 */
export function allocateByWeights(amount: number, weights: readonly bigint[]): number[] {
  if (!Number.isSafeInteger(amount) || amount < 0) throw new RangeError(`amount must be a non-negative integer, got ${amount}`);
  if (weights.some((weight) => weight < 0n)) throw new RangeError('weights must not be negative');
  const total = weights.reduce((sum, weight) => sum + weight, 0n);
  if (total === 0n) throw new RangeError('at least one weight must be positive');

  const whole = BigInt(amount);
  const floors = weights.map((weight) => (whole * weight) / total);
  const remainders = weights.map((weight) => (whole * weight) % total);
  let leftover = Number(whole - floors.reduce((sum, part) => sum + part, 0n));

  const byRemainder = weights
    .map((_, index) => index)
    .sort((a, b) => {
      const [x, y] = [remainders[a] ?? 0n, remainders[b] ?? 0n];
      return x === y ? a - b : y > x ? 1 : -1;
    });
  const parts = floors.map(Number);
  for (const index of byRemainder) {
    if (leftover === 0) break;
    parts[index] = (parts[index] ?? 0) + 1;
    leftover -= 1;
  }
  return parts;
}
