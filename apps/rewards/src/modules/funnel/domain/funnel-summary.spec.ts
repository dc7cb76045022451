import { summarizeFunnel } from './funnel-summary';

describe('summarizeFunnel', () => {
  it('computes stage-to-stage conversion rates', () => {
    expect(summarizeFunnel({ leads: 8, mqls: 2, assigned: 1 })).toEqual({
      leads: 8,
      mqls: 2,
      assigned: 1,
      leadToMqlRate: 0.25,
      mqlToAssignedRate: 0.5,
    });
  });

  it('has no rate for an empty stage', () => {
    expect(summarizeFunnel({ leads: 0, mqls: 0, assigned: 0 }).leadToMqlRate).toBeNull();
  });
});
