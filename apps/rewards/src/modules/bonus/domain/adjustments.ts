import { StatementLine, totalOf } from './statement-lines';

export interface EarlierPeriod {
  period: string;
  /** What was paid for it so far: its own statement plus adjustments already issued for it. */
  paidMinor: number;
  /** Its lines as the data stands now, late outcomes included. */
  recomputed: StatementLine[];
}

/** Late outcomes change an earlier period's due amount; the difference is paid (or taken back) now. */
export function adjustmentLines(earlier: readonly EarlierPeriod[]): StatementLine[] {
  return earlier.flatMap(({ period, paidMinor, recomputed }) => {
    const dueMinor = totalOf(recomputed);
    if (dueMinor === paidMinor) return [];
    return [
      {
        kind: 'adjustment' as const,
        description: `Late outcomes for ${period}`,
        amountMinor: dueMinor - paidMinor,
        trace: { forPeriod: period, paidMinor, dueMinor, recomputed },
      },
    ];
  });
}
