import fc from 'fast-check';
import { pickWeighted, WeightedCandidate } from './weighted-round-robin';

function run(weights: Record<string, number>, rounds: number, eligible: (round: number, id: string) => boolean = () => true) {
  const credits = new Map(Object.keys(weights).map((id) => [id, 0]));
  const picks: string[] = [];
  for (let round = 0; round < rounds; round++) {
    const candidates: WeightedCandidate[] = Object.entries(weights)
      .filter(([id]) => eligible(round, id))
      .map(([id, weight]) => ({ id, weight, credit: credits.get(id) ?? 0 }));
    const pick = pickWeighted(candidates);
    if (!pick) continue;
    for (const [id, credit] of pick.credits) credits.set(id, credit);
    picks.push(pick.chosenId);
  }
  return picks;
}

const countOf = (picks: string[], id: string) => picks.filter((pick) => pick === id).length;

describe('pickWeighted', () => {
  it('interleaves picks in proportion to the weights', () => {
    expect(run({ a: 1, b: 2, c: 1 }, 8)).toEqual(['b', 'a', 'c', 'b', 'b', 'a', 'c', 'b']);
  });

  it('is exact over any whole cycle of the weights', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 9 }), { minLength: 1, maxLength: 6 }), fc.integer({ min: 1, max: 5 }), (weights, cycles) => {
        const named = Object.fromEntries(weights.map((weight, index) => [`r${index}`, weight]));
        const total = weights.reduce((sum, weight) => sum + weight, 0);
        const picks = run(named, total * cycles);
        weights.forEach((weight, index) => expect(countOf(picks, `r${index}`)).toBe(weight * cycles));
      }),
    );
  });

  it('does not flood a rep returning from an absence', () => {
    const awayForFirst = 100;
    const picks = run({ a: 1, b: 1 }, awayForFirst + 20, (round, id) => id === 'a' || round >= awayForFirst);
    const afterReturn = picks.slice(awayForFirst);
    expect(countOf(afterReturn, 'b')).toBe(10);
    expect(afterReturn.slice(0, 4)).not.toEqual(['b', 'b', 'b', 'b']);
  });

  it('has nobody to pick from an empty team', () => {
    expect(pickWeighted([])).toBeNull();
  });
});
