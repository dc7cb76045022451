import { keyResultProgress, kpiValue } from './key-result';
import { KpiRow } from '../../kpis/domain/kpi-summary';

describe('key results', () => {
  it('measures progress from baseline to target, for rising and falling KPIs, capped at 0 and 1', () => {
    expect(keyResultProgress(0.4, 0.6, 0.5)).toBe(0.5);
    expect(keyResultProgress(0.4, 0.6, 0.7)).toBe(1);
    expect(keyResultProgress(0.4, 0.6, 0.3)).toBe(0);
    expect(keyResultProgress(7200, 3600, 5400)).toBe(0.5);
    expect(keyResultProgress(1, 2, null)).toBeNull();
  });

  it('reads counts, rates and money of one currency from a KPI row', () => {
    const row = {
      counts: { leads: 10, mqls: 4, sals: 2, sqls: 1, opportunities: 1, won: 1 },
      conversion: { leadToMql: 0.4, mqlToSal: 0.5, salToSql: 0.5, sqlToOpportunity: 1, opportunityToWon: 1 },
      acceptanceRate: 0.8,
      slaAdherence: 1,
      winRate: 1,
      speedToLeadAverageSeconds: 60,
      pipelineValue: [{ amountMinor: 5, currency: 'USD' }],
      wonRevenue: [{ amountMinor: 7, currency: 'EUR' }],
      attributedRevenue: [],
    } as unknown as KpiRow;
    expect(kpiValue(row, 'mqls')).toBe(4);
    expect(kpiValue(row, 'leadToMql')).toBe(0.4);
    expect(kpiValue(row, 'acceptanceRate')).toBe(0.8);
    expect(kpiValue(row, 'wonRevenueMinor', 'EUR')).toBe(7);
    expect(kpiValue(row, 'pipelineValueMinor', 'EUR')).toBe(0);
    expect(kpiValue(undefined, 'won')).toBe(0);
    expect(kpiValue(undefined, 'winRate')).toBeNull();
  });
});
