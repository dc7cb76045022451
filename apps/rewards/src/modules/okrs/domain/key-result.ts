import { z } from 'zod';
import { KpiRow } from '../../kpis/domain/kpi-summary';

export const okrKpis = [
  'leads',
  'mqls',
  'sals',
  'sqls',
  'opportunities',
  'won',
  'leadToMql',
  'mqlToSal',
  'salToSql',
  'opportunityToWon',
  'acceptanceRate',
  'slaAdherence',
  'winRate',
  'speedToLeadAverageSeconds',
  'pipelineValueMinor',
  'wonRevenueMinor',
  'attributedRevenueMinor',
] as const;
export type OkrKpi = (typeof okrKpis)[number];

export const KeyResult = z
  .object({
    name: z.string().trim().min(1).max(200),
    kpi: z.enum(okrKpis),
    baseline: z.number().finite(),
    target: z.number().finite(),
    /** For money KPIs: which currency counts. */
    currency: z.string().regex(/^[A-Z]{3}$/).optional(),
    /** Narrow the KPI to one source or campaign; the whole funnel otherwise. */
    scope: z.object({ groupBy: z.enum(['source', 'campaign']), key: z.string().min(1).max(200) }).optional(),
  })
  .refine((kr) => kr.target !== kr.baseline, { message: 'target must differ from baseline', path: ['target'] })
  .refine((kr) => !kr.kpi.endsWith('Minor') || kr.currency, { message: 'money key results need a currency', path: ['currency'] });
export type KeyResult = z.infer<typeof KeyResult>;

/** The KPI's value in a period's row; a period without data counts as zero (or unknown for rates). */
export function kpiValue(row: KpiRow | undefined, kpi: OkrKpi, currency?: string): number | null {
  if (!row) return kpi in { leads: 1, mqls: 1, sals: 1, sqls: 1, opportunities: 1, won: 1 } || kpi.endsWith('Minor') ? 0 : null;
  const money = (amounts: { currency: string; amountMinor: number }[]) => amounts.find((m) => m.currency === currency)?.amountMinor ?? 0;
  switch (kpi) {
    case 'leads':
    case 'mqls':
    case 'sals':
    case 'sqls':
    case 'opportunities':
    case 'won':
      return row.counts[kpi];
    case 'leadToMql':
    case 'mqlToSal':
    case 'salToSql':
    case 'opportunityToWon':
      return row.conversion[kpi];
    case 'acceptanceRate':
    case 'slaAdherence':
    case 'winRate':
    case 'speedToLeadAverageSeconds':
      return row[kpi];
    case 'pipelineValueMinor':
      return money(row.pipelineValue);
    case 'wonRevenueMinor':
      return money(row.wonRevenue);
    case 'attributedRevenueMinor':
      return money(row.attributedRevenue);
  }
}

/** How far from baseline to target, 0..1; works for KPIs that should fall (speed to lead) as well as rise. */
export function keyResultProgress(baseline: number, target: number, current: number | null): number | null {
  if (current === null) return null;
  const progress = (current - baseline) / (target - baseline);
  return Math.round(Math.min(1, Math.max(0, progress)) * 10_000) / 10_000;
}
