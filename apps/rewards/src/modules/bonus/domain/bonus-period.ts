export type Cadence = 'month' | 'quarter';

export interface BonusPeriod {
  name: string;
  cadence: Cadence;
  from: Date;
  to: Date;
}

const monthPattern = /^(\d{4})-(0[1-9]|1[0-2])$/;
const quarterPattern = /^(\d{4})-Q([1-4])$/;

/** `2026-03` is March 2026, `2026-Q1` the first quarter; both in UTC, `to` exclusive. */
export function parseBonusPeriod(name: string): BonusPeriod | null {
  const month = monthPattern.exec(name);
  if (month) {
    const [year, index] = [Number(month[1]), Number(month[2]) - 1];
    return { name, cadence: 'month', from: new Date(Date.UTC(year, index, 1)), to: new Date(Date.UTC(year, index + 1, 1)) };
  }
  const quarter = quarterPattern.exec(name);
  if (quarter) {
    const [year, index] = [Number(quarter[1]), Number(quarter[2]) - 1];
    return { name, cadence: 'quarter', from: new Date(Date.UTC(year, index * 3, 1)), to: new Date(Date.UTC(year, index * 3 + 3, 1)) };
  }
  return null;
}
