import { Money } from '@accord/contracts';
import { KpiCounts } from './kpi-figures';
import { KpiRow, summarizeKpis } from './kpi-summary';

export interface KeyedFigure<T> {
  period: Date;
  key: string | null;
  value: T;
}

export interface KpiInputs {
  counts: KeyedFigure<KpiCounts>[];
  pipelineValue: KeyedFigure<Money>[];
  wonRevenue: KeyedFigure<Money>[];
  attributedRevenue: KeyedFigure<Money>[];
}

const noCounts: KpiCounts = {
  leads: 0,
  mqls: 0,
  assigned: 0,
  sals: 0,
  rejected: 0,
  sqls: 0,
  opportunities: 0,
  won: 0,
  lost: 0,
  slaBreached: 0,
  speedToLeadAverageSeconds: null,
};

const cellId = (figure: { period: Date; key: string | null }) => `${figure.period.toISOString()}\u0000${figure.key ?? ''}`;

/** One row per period and group, with money per currency; a period with only revenue still gets a row. */
export function assembleKpiRows(inputs: KpiInputs): KpiRow[] {
  const cells = new Map<string, { period: Date; key: string | null; counts: KpiCounts; pipelineValue: Money[]; wonRevenue: Money[]; attributedRevenue: Money[] }>();
  const cellOf = (figure: { period: Date; key: string | null }) => {
    const id = cellId(figure);
    let cell = cells.get(id);
    if (!cell) {
      cell = { period: figure.period, key: figure.key, counts: noCounts, pipelineValue: [], wonRevenue: [], attributedRevenue: [] };
      cells.set(id, cell);
    }
    return cell;
  };
  for (const figure of inputs.counts) cellOf(figure).counts = figure.value;
  for (const name of ['pipelineValue', 'wonRevenue', 'attributedRevenue'] as const) {
    for (const figure of inputs[name]) cellOf(figure)[name].push(figure.value);
  }
  return [...cells.values()]
    .sort((a, b) => a.period.getTime() - b.period.getTime() || (a.key ?? '').localeCompare(b.key ?? ''))
    .map((cell) => ({
      period: cell.period.toISOString(),
      key: cell.key,
      ...summarizeKpis(cell.counts),
      pipelineValue: byCurrency(cell.pipelineValue),
      wonRevenue: byCurrency(cell.wonRevenue),
      attributedRevenue: byCurrency(cell.attributedRevenue),
    }));
}

function byCurrency(amounts: Money[]): Money[] {
  const totals = new Map<string, number>();
  for (const money of amounts) totals.set(money.currency, (totals.get(money.currency) ?? 0) + money.amountMinor);
  return [...totals].sort(([a], [b]) => a.localeCompare(b)).map(([currency, amountMinor]) => ({ amountMinor, currency }));
}
