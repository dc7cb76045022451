import { Injectable } from '@nestjs/common';
import { Money } from '@accord/contracts';
import { Prisma } from '../../generated/prisma/client';
import { RewardsDatabase } from '../../database/rewards-database';
import { AttributionModel } from '../attribution/domain/attribution-model';
import { CohortCountColumns, cohortCountsOf } from './cohort-count-columns';
import { KeyedFigure } from './domain/assemble-kpi-rows';
import { KpiCounts, KpiGrouping, KpiPeriod } from './domain/kpi-figures';

/** KPIs are kept per UTC day: `from` and `to` are days, `to` exclusive. */
export interface KpiQuery {
  period: KpiPeriod;
  groupBy: KpiGrouping;
  from: Date;
  to: Date;
  model: AttributionModel;
}

interface CountsRow extends CohortCountColumns {
  period: Date;
  key: string | null;
  speed_sum: number;
}

interface MoneyRow {
  period: Date;
  key: string | null;
  currency: string;
  amount: bigint;
}

/** Days are named as text so the session's time zone never shifts them. */
const utcDay = (instant: Date) => instant.toISOString().slice(0, 10);

/** Without a grouping every lead is counted once, through its source. */
const dimensionOf = (groupBy: KpiGrouping) => (groupBy === 'campaign' ? 'campaign' : 'source');
const keyOf = (groupBy: KpiGrouping) => (groupBy === 'none' ? Prisma.sql`NULL::text` : Prisma.sql`NULLIF(key, '')`);
const periodOf = (period: KpiPeriod) => Prisma.sql`date_trunc(${period}, day::timestamp) AT TIME ZONE 'UTC'`;

/**
 * Reads the daily roll-ups: funnel figures per capture cohort (the leads captured in a period and
 * how far they got), attributed revenue in the period its deal closed. Test leads never count.
 */
@Injectable()
export class KpiRepository {
  constructor(private readonly database: RewardsDatabase) {}

  async counts(query: KpiQuery): Promise<KeyedFigure<KpiCounts>[]> {
    const rows = await this.database.$queryRaw<CountsRow[]>(Prisma.sql`
      SELECT ${periodOf(query.period)} AS period, ${keyOf(query.groupBy)} AS key,
        SUM(leads)::int AS leads, SUM(mqls)::int AS mqls, SUM(assigned)::int AS assigned, SUM(sals)::int AS sals,
        SUM(rejected)::int AS rejected, SUM(sqls)::int AS sqls, SUM(sla_breached)::int AS sla_breached,
        SUM(speed_seconds_sum)::float8 AS speed_sum, SUM(speed_count)::int AS speed_count,
        SUM(opportunities)::int AS opportunities, SUM(won)::int AS won, SUM(lost)::int AS lost
      FROM kpi_cohort_days
      WHERE dimension = ${dimensionOf(query.groupBy)} AND day >= ${utcDay(query.from)}::date AND day < ${utcDay(query.to)}::date
      GROUP BY 1, 2`);
    return rows.map((row) => ({
      period: row.period,
      key: row.key,
      value: {
        ...cohortCountsOf(row),
        speedToLeadAverageSeconds: row.speed_count === 0 ? null : row.speed_sum / row.speed_count,
      },
    }));
  }

  /** The cohort's closed opportunities: all of them for pipeline value, the won ones for revenue. */
  async opportunityValues(query: KpiQuery, wonOnly: boolean): Promise<KeyedFigure<Money>[]> {
    const amount = wonOnly ? Prisma.sql`won_minor` : Prisma.sql`pipeline_minor`;
    const rows = await this.database.$queryRaw<MoneyRow[]>(Prisma.sql`
      SELECT ${periodOf(query.period)} AS period, ${keyOf(query.groupBy)} AS key, currency, SUM(${amount})::bigint AS amount
      FROM kpi_cohort_money_days
      WHERE dimension = ${dimensionOf(query.groupBy)} AND day >= ${utcDay(query.from)}::date AND day < ${utcDay(query.to)}::date
      GROUP BY 1, 2, 3
      HAVING SUM(${amount}) > 0`);
    return rows.map(toMoney);
  }

  async attributedRevenue(query: KpiQuery): Promise<KeyedFigure<Money>[]> {
    const rows = await this.database.$queryRaw<MoneyRow[]>(Prisma.sql`
      SELECT ${periodOf(query.period)} AS period, ${keyOf(query.groupBy)} AS key, currency, SUM(amount_minor)::bigint AS amount
      FROM kpi_credit_days
      WHERE model = ${query.model} AND dimension = ${dimensionOf(query.groupBy)}
        AND day >= ${utcDay(query.from)}::date AND day < ${utcDay(query.to)}::date
      GROUP BY 1, 2, 3
      HAVING SUM(amount_minor) <> 0`);
    return rows.map(toMoney);
  }
}

const toMoney = (row: MoneyRow): KeyedFigure<Money> => ({
  period: row.period,
  key: row.key,
  value: { amountMinor: Number(row.amount), currency: row.currency },
});
