import { Money } from '@accord/contracts';

export const kpiPeriods = ['day', 'week', 'month', 'quarter', 'year'] as const;
export type KpiPeriod = (typeof kpiPeriods)[number];

export const kpiGroupings = ['none', 'source', 'campaign'] as const;
export type KpiGrouping = (typeof kpiGroupings)[number];

/** What the database counts for the leads captured in one period (and one source or campaign). */
export interface KpiCounts {
  leads: number;
  mqls: number;
  assigned: number;
  sals: number;
  /** Leads sales turned down and never accepted. */
  rejected: number;
  sqls: number;
  opportunities: number;
  won: number;
  lost: number;
  slaBreached: number;
  speedToLeadAverageSeconds: number | null;
}

export interface KpiMoney {
  /** Amounts of the cohort's opportunities whose value is known (closed ones). */
  pipelineValue: Money[];
  wonRevenue: Money[];
  attributedRevenue: Money[];
}

export interface KpiCell extends KpiMoney {
  period: string;
  key: string | null;
}
