import { summarizeKpis } from './kpi-summary';

const counts = {
  leads: 40,
  mqls: 20,
  assigned: 16,
  sals: 12,
  rejected: 4,
  sqls: 6,
  opportunities: 6,
  won: 2,
  lost: 3,
  slaBreached: 4,
  speedToLeadAverageSeconds: 4000.2,
};

describe('summarizeKpis', () => {
  it('computes stage-to-stage conversion, SLA adherence, acceptance and win rates', () => {
    const summary = summarizeKpis(counts);
    expect(summary.conversion).toEqual({ leadToMql: 0.5, mqlToSal: 0.6, salToSql: 0.5, sqlToOpportunity: 1, opportunityToWon: 0.3333 });
    expect(summary.slaAdherence).toBe(0.75);
    expect(summary.acceptanceRate).toBe(0.75);
    expect(summary.winRate).toBe(0.4);
    expect(summary.speedToLeadAverageSeconds).toBe(4000);
    expect(summary.counts).toEqual({ leads: 40, mqls: 20, sals: 12, sqls: 6, opportunities: 6, won: 2 });
  });

  it('has no rate where nothing reached the stage before', () => {
    const empty = summarizeKpis({ ...counts, leads: 0, mqls: 0, assigned: 0, sals: 0, rejected: 0, sqls: 0, opportunities: 0, won: 0, lost: 0, slaBreached: 0, speedToLeadAverageSeconds: null });
    expect(empty.conversion.leadToMql).toBeNull();
    expect(empty.slaAdherence).toBeNull();
    expect(empty.acceptanceRate).toBeNull();
    expect(empty.winRate).toBeNull();
    expect(empty.speedToLeadAverageSeconds).toBeNull();
  });
});
