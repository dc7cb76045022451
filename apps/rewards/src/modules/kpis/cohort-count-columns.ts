import { KpiCounts } from './domain/kpi-figures';

/** The counter columns of a cohort roll-up row as PostgreSQL returns them, shared by the writers and the readers. */
export interface CohortCountColumns {
  leads: number;
  mqls: number;
  assigned: number;
  sals: number;
  rejected: number;
  sqls: number;
  sla_breached: number;
  speed_count: number;
  opportunities: number;
  won: number;
  lost: number;
}

/** The counts every cohort figure shares, in the domain's names. */
export function cohortCountsOf(row: CohortCountColumns): Omit<KpiCounts, 'speedToLeadAverageSeconds'> {
  return {
    leads: row.leads,
    mqls: row.mqls,
    assigned: row.assigned,
    sals: row.sals,
    rejected: row.rejected,
    sqls: row.sqls,
    slaBreached: row.sla_breached,
    opportunities: row.opportunities,
    won: row.won,
    lost: row.lost,
  };
}
