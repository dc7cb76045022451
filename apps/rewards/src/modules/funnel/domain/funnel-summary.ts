export interface FunnelCounts {
  leads: number;
  mqls: number;
  assigned: number;
}

export interface FunnelSummary extends FunnelCounts {
  leadToMqlRate: number | null;
  mqlToAssignedRate: number | null;
}

const rate = (numerator: number, denominator: number) =>
  denominator === 0 ? null : Math.round((numerator / denominator) * 10_000) / 10_000;

/** Stage-to-stage conversion; null where there is nothing to convert from yet. */
export function summarizeFunnel(counts: FunnelCounts): FunnelSummary {
  return {
    ...counts,
    leadToMqlRate: rate(counts.mqls, counts.leads),
    mqlToAssignedRate: rate(counts.assigned, counts.mqls),
  };
}
