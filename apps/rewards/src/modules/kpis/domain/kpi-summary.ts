import { KpiCell, KpiCounts } from './kpi-figures';

export type KpiRow = KpiCell & ReturnType<typeof summarizeKpis>;

const rate = (numerator: number, denominator: number) =>
  denominator === 0 ? null : Math.round((numerator / denominator) * 10_000) / 10_000;

const wholeSeconds = (seconds: number | null) => (seconds === null ? null : Math.round(seconds));

/** The rates both teams are measured on; null where there is nothing to measure yet. */
export function summarizeKpis(counts: KpiCounts) {
  return {
    counts: {
      leads: counts.leads,
      mqls: counts.mqls,
      sals: counts.sals,
      sqls: counts.sqls,
      opportunities: counts.opportunities,
      won: counts.won,
    },
    conversion: {
      leadToMql: rate(counts.mqls, counts.leads),
      mqlToSal: rate(counts.sals, counts.mqls),
      salToSql: rate(counts.sqls, counts.sals),
      sqlToOpportunity: rate(counts.opportunities, counts.sqls),
      opportunityToWon: rate(counts.won, counts.opportunities),
    },
    speedToLeadAverageSeconds: wholeSeconds(counts.speedToLeadAverageSeconds),
    slaAdherence: rate(counts.assigned - counts.slaBreached, counts.assigned),
    acceptanceRate: rate(counts.sals, counts.sals + counts.rejected),
    winRate: rate(counts.won, counts.won + counts.lost),
  };
}
