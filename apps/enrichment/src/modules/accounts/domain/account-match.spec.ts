import { matchByName, nameSimilarity } from './account-match';

const accounts = [
  { id: 'a1', normalizedName: 'example robotics' },
  { id: 'a2', normalizedName: 'example logistics' },
  { id: 'a3', normalizedName: 'acme' },
];

describe('matchByName', () => {
  it('matches an exact name with less certainty than a domain', () => {
    expect(matchByName('example robotics', accounts)).toEqual({ accountId: 'a1', matchedBy: 'name', confidence: 0.8 });
  });

  it('tolerates a typo, with a lower confidence', () => {
    const match = matchByName('exmaple robotics', accounts);
    expect(match?.accountId).toBe('a1');
    expect(match?.confidence).toBeLessThan(0.8);
  });

  it('does not link names that are merely alike', () => {
    expect(matchByName('example marketing', accounts)).toBeUndefined();
    expect(matchByName('acne', accounts)).toBeUndefined();
    expect(matchByName('a', accounts)).toBeUndefined();
    expect(matchByName('example robotics', [])).toBeUndefined();
  });

  it('measures similarity from 0 to 1', () => {
    expect(nameSimilarity('abc', 'abc')).toBe(1);
    expect(nameSimilarity('abc', 'xyz')).toBe(0);
    expect(nameSimilarity('', '')).toBe(0);
  });
});
