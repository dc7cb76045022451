import { Injectable } from '@nestjs/common';
import { Money } from '@accord/contracts';
import { Prisma } from '../../generated/prisma/client';
import { RewardsDatabase } from '../../database/rewards-database';
import { AttributionModel } from '../attribution/domain/attribution-model';
import { KpiCounts, KpiGrouping, KpiPeriod } from './domain/kpi-figures';

export interface KpiQuery {
  period: KpiPeriod;
  groupBy: KpiGrouping;
  from: Date;
  to: Date;
  model: AttributionModel;
}

export interface Keyed<T> {
  period: Date;
  key: string | null;
  value: T;
}

const leadKey: Record<KpiGrouping, Prisma.Sql> = {
  none: Prisma.sql`NULL::text`,
  source: Prisma.sql`f.source`,
  campaign: Prisma.sql`f.campaign`,
};
const creditKey: Record<KpiGrouping, Prisma.Sql> = {
  none: Prisma.sql`NULL::text`,
  source: Prisma.sql`c.source`,
  campaign: Prisma.sql`c.campaign`,
};

interface CountsRow {
  period: Date;
  key: string | null;
  leads: number;
  mqls: number;
  assigned: number;
  sals: number;
  rejected: number;
  sqls: number;
  sla_breached: number;
  speed_median: number | null;
  speed_average: number | null;
  opportunities: number;
  won: number;
  lost: number;
}

interface MoneyRow {
  period: Date;
  key: string | null;
  currency: string;
  amount: bigint;
}

/**
 * Funnel figures are counted per capture cohort: the leads captured in a period and how far they
 * got. Revenue credited by attribution counts in the period its deal closed. Test leads never count.
 */
@Injectable()
export class KpiRepository {
  constructor(private readonly database: RewardsDatabase) {}

  async counts(query: KpiQuery): Promise<Keyed<KpiCounts>[]> {
    const rows = await this.database.$queryRaw<CountsRow[]>(Prisma.sql`
      SELECT date_trunc(${query.period}, f.captured_at, 'UTC') AS period, ${leadKey[query.groupBy]} AS key,
        COUNT(*)::int AS leads,
        COUNT(f.mql_at)::int AS mqls,
        COUNT(f.assigned_at)::int AS assigned,
        COUNT(f.accepted_at)::int AS sals,
        COUNT(f.rejected_at) FILTER (WHERE f.accepted_at IS NULL)::int AS rejected,
        COUNT(f.sql_at)::int AS sqls,
        COUNT(f.sla_breached_at) FILTER (WHERE f.assigned_at IS NOT NULL)::int AS sla_breached,
        percentile_cont(0.5) WITHIN GROUP (ORDER BY EXTRACT(EPOCH FROM f.accepted_at - f.captured_at)) AS speed_median,
        AVG(EXTRACT(EPOCH FROM f.accepted_at - f.captured_at))::float8 AS speed_average,
        COALESCE(SUM(o.opportunities), 0)::int AS opportunities,
        COALESCE(SUM(o.won), 0)::int AS won,
        COALESCE(SUM(o.lost), 0)::int AS lost
      FROM funnel_leads f
      LEFT JOIN (
        SELECT lead_id, COUNT(*) AS opportunities,
               COUNT(*) FILTER (WHERE outcome = 'won') AS won, COUNT(*) FILTER (WHERE outcome = 'lost') AS lost
        FROM opportunities GROUP BY lead_id
      ) o ON o.lead_id = f.lead_id
      WHERE f.is_test = false AND f.captured_at >= ${query.from} AND f.captured_at < ${query.to}
      GROUP BY 1, 2
      ORDER BY 1, 2 NULLS FIRST`);
    return rows.map((row) => ({
      period: row.period,
      key: row.key,
      value: {
        leads: row.leads,
        mqls: row.mqls,
        assigned: row.assigned,
        sals: row.sals,
        rejected: row.rejected,
        sqls: row.sqls,
        opportunities: row.opportunities,
        won: row.won,
        lost: row.lost,
        slaBreached: row.sla_breached,
        speedToLeadMedianSeconds: row.speed_median === null ? null : Number(row.speed_median),
        speedToLeadAverageSeconds: row.speed_average === null ? null : Number(row.speed_average),
      },
    }));
  }

  /** The cohort's closed opportunities: all of them for pipeline value, the won ones for revenue. */
  async opportunityValues(query: KpiQuery, wonOnly: boolean): Promise<Keyed<Money>[]> {
    const rows = await this.database.$queryRaw<MoneyRow[]>(Prisma.sql`
      SELECT date_trunc(${query.period}, f.captured_at, 'UTC') AS period, ${leadKey[query.groupBy]} AS key,
             o.currency, SUM(o.amount_minor)::bigint AS amount
      FROM funnel_leads f JOIN opportunities o ON o.lead_id = f.lead_id
      WHERE f.is_test = false AND f.captured_at >= ${query.from} AND f.captured_at < ${query.to}
        AND o.amount_minor IS NOT NULL AND (${!wonOnly} OR o.outcome = 'won')
      GROUP BY 1, 2, 3`);
    return rows.map(toMoney);
  }

  async attributedRevenue(query: KpiQuery): Promise<Keyed<Money>[]> {
    const rows = await this.database.$queryRaw<MoneyRow[]>(Prisma.sql`
      SELECT date_trunc(${query.period}, c.closed_at, 'UTC') AS period, ${creditKey[query.groupBy]} AS key,
             c.currency, SUM(c.amount_minor)::bigint AS amount
      FROM attribution_credits c
      LEFT JOIN funnel_leads f ON f.lead_id = c.lead_id
      WHERE c.model = ${query.model} AND f.is_test IS NOT TRUE
        AND c.closed_at >= ${query.from} AND c.closed_at < ${query.to}
      GROUP BY 1, 2, 3`);
    return rows.map(toMoney);
  }
}

const toMoney = (row: MoneyRow): Keyed<Money> => ({
  period: row.period,
  key: row.key,
  value: { amountMinor: Number(row.amount), currency: row.currency },
});
