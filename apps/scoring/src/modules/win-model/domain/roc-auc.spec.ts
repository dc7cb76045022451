import { rocAuc } from './roc-auc';

describe('rocAuc', () => {
  it('is 1 for a perfect ranking, 0 for a reversed one and 0.5 for ties', () => {
    expect(rocAuc([0.1, 0.2, 0.8, 0.9], [false, false, true, true])).toBe(1);
    expect(rocAuc([0.9, 0.8, 0.2, 0.1], [false, false, true, true])).toBe(0);
    expect(rocAuc([0.5, 0.5, 0.5, 0.5], [false, true, false, true])).toBe(0.5);
  });

  it('counts pairs: one misordered pair out of four', () => {
    expect(rocAuc([0.1, 0.6, 0.5, 0.9], [false, false, true, true])).toBe(0.75);
  });

  it('has no value without both outcomes', () => {
    expect(rocAuc([0.1, 0.2], [true, true])).toBeNull();
  });
});
