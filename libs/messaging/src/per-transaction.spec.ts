import { PerTransaction } from './per-transaction';

describe('PerTransaction', () => {
  it('gives each transaction one state of its own, made on first use', () => {
    const locked = new PerTransaction<object, Set<string>>(() => new Set());
    const [first, second] = [{}, {}];
    expect(locked.peek(first)).toBeUndefined();
    locked.of(first).add('lead-a');
    expect(locked.of(first)).toBe(locked.peek(first));
    expect([...locked.of(first)]).toEqual(['lead-a']);
    expect(locked.of(second).size).toBe(0);
  });
});
