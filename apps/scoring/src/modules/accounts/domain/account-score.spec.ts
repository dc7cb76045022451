import { accountScore } from './account-score';

const lead = (leadId: string, engagement: number, priority = 50) => ({ leadId, stage: 'lead', engagement, priority });

describe('accountScore', () => {
  it('sums and maximises its leads engagement and lists the most engaged first', () => {
    const score = accountScore('acc-1', [lead('a', 10), lead('b', 40), lead('c', 40, 70), lead('d', 0)], 3);
    expect(score.engagement).toEqual({ sum: 90, max: 40, mean: 22.5 });
    expect(score.leads).toBe(4);
    expect(score.mostEngaged.map((l) => l.leadId)).toEqual(['c', 'b', 'a']);
  });

  it('is zero for an account without leads', () => {
    expect(accountScore('acc-2', [])).toEqual({ accountId: 'acc-2', leads: 0, engagement: { sum: 0, max: 0, mean: 0 }, mostEngaged: [] });
  });
});
