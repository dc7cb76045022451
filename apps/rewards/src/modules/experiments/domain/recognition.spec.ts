import { ConcludedExperiment, failureOfTheMonth, recognitionPoints } from './recognition';

const learnings = 'We learned that webinar leads from cold lists convert far worse than expected, and why: '.padEnd(90, '.');
const experiment = (experimentId: string, overrides: Partial<ConcludedExperiment> = {}): ConcludedExperiment => ({
  experimentId,
  ownerId: 'mia',
  boldness: 3,
  outcome: 'failed',
  learnings,
  endsOn: new Date('2026-03-10'),
  ...overrides,
});

describe('recognition', () => {
  it('rewards written-up failures by boldness, and nothing else', () => {
    expect(recognitionPoints(experiment('a', { boldness: 5 }))).toBe(50);
    expect(recognitionPoints(experiment('b', { learnings: 'meh' }))).toBe(0);
    expect(recognitionPoints(experiment('c', { outcome: 'succeeded' }))).toBe(0);
    expect(recognitionPoints(experiment('d', { outcome: null, learnings: null }))).toBe(0);
  });

  it('picks the failure of the month by votes, bolder first on a tie, ignoring ineligible ones', () => {
    const candidates = [experiment('a', { boldness: 2 }), experiment('b', { boldness: 4 }), experiment('c', { outcome: 'succeeded' })];
    const result = failureOfTheMonth(candidates, [
      { voterId: 'v1', experimentId: 'a' },
      { voterId: 'v2', experimentId: 'b' },
      { voterId: 'v3', experimentId: 'c' },
      { voterId: 'v4', experimentId: 'c' },
    ]);
    expect(result).toEqual({ winner: 'b', tally: [{ experimentId: 'b', votes: 1 }, { experimentId: 'a', votes: 1 }] });
    expect(failureOfTheMonth(candidates, []).winner).toBeNull();
  });
});
