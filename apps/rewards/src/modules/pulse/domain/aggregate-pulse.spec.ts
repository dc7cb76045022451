import { aggregatePulse } from './aggregate-pulse';

const answer = (gaveEnergy: string) => ({ gaveEnergy, costEnergy: 'long meetings', biggestLearning: 'pipeline reviews', nextChallenge: 'hire' });

describe('aggregatePulse', () => {
  it('shows nothing but the count below five answers', () => {
    expect(aggregatePulse([answer('x'), answer('y'), answer('z'), answer('w')], 8)).toEqual({ available: false, answers: 4, minimumAnswers: 5 });
  });

  it('shows terms at least two people used, never a single person’s words', () => {
    const result = aggregatePulse(
      [answer('Closing the ACME deal!'), answer('the deal with Globex'), answer('webinar leads'), answer('webinar'), answer('my secret project')],
      10,
    );
    if (!result.available) throw new Error('expected an aggregate');
    expect(result.answers).toBe(5);
    expect(result.participation).toBe(0.5);
    expect(result.themes.gaveEnergy).toEqual([
      { term: 'deal', people: 2 },
      { term: 'webinar', people: 2 },
    ]);
    expect(JSON.stringify(result)).not.toContain('secret');
    expect(result.themes.costEnergy).toEqual([
      { term: 'long', people: 5 },
      { term: 'meetings', people: 5 },
    ]);
  });
});
