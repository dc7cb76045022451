import { Injectable } from '@nestjs/common';
import { Prisma } from '../../generated/prisma/client';
import { RewardsDatabase, RewardsTransaction } from '../../database/rewards-database';

type Dimension = 'source' | 'campaign';
const dimensions: Dimension[] = ['source', 'campaign'];

const keyOf: Record<Dimension, Prisma.Sql> = {
  source: Prisma.sql`COALESCE(f.source, '')`,
  campaign: Prisma.sql`COALESCE(f.campaign, '')`,
};
const cohortDay = Prisma.sql`(f.captured_at AT TIME ZONE 'UTC')::date`;

/** For one bucket each lead's opportunities are looked up by index; for all of them, aggregated once. */
const opportunitiesPerLead = {
  lookedUp: Prisma.sql`LEFT JOIN LATERAL (
      SELECT COUNT(*) AS opportunities, COUNT(*) FILTER (WHERE outcome = 'won') AS won, COUNT(*) FILTER (WHERE outcome = 'lost') AS lost
      FROM opportunities WHERE lead_id = f.lead_id
    ) o ON true`,
  aggregated: Prisma.sql`LEFT JOIN (
      SELECT lead_id, COUNT(*) AS opportunities, COUNT(*) FILTER (WHERE outcome = 'won') AS won, COUNT(*) FILTER (WHERE outcome = 'lost') AS lost
      FROM opportunities GROUP BY lead_id
    ) o ON o.lead_id = f.lead_id`,
};

function insertCohortCounts(dimension: Dimension, filter: Prisma.Sql, opportunities = opportunitiesPerLead.lookedUp): Prisma.Sql {
  return Prisma.sql`
    INSERT INTO kpi_cohort_days (dimension, day, key, leads, mqls, assigned, sals, rejected, sqls, sla_breached,
                                 speed_seconds_sum, speed_count, opportunities, won, lost)
    SELECT ${dimension}, ${cohortDay}, ${keyOf[dimension]},
      COUNT(*), COUNT(f.mql_at), COUNT(f.assigned_at), COUNT(f.accepted_at),
      COUNT(f.rejected_at) FILTER (WHERE f.accepted_at IS NULL), COUNT(f.sql_at),
      COUNT(f.sla_breached_at) FILTER (WHERE f.assigned_at IS NOT NULL),
      COALESCE(SUM(EXTRACT(EPOCH FROM f.accepted_at - f.captured_at)), 0), COUNT(f.accepted_at),
      COALESCE(SUM(o.opportunities), 0), COALESCE(SUM(o.won), 0), COALESCE(SUM(o.lost), 0)
    FROM funnel_leads f
    ${opportunities}
    WHERE f.is_test = false AND f.captured_at IS NOT NULL AND ${filter}
    GROUP BY 2, 3`;
}

function insertCohortMoney(dimension: Dimension, filter: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`
    INSERT INTO kpi_cohort_money_days (dimension, day, key, currency, pipeline_minor, won_minor)
    SELECT ${dimension}, ${cohortDay}, ${keyOf[dimension]}, o.currency,
           SUM(o.amount_minor), COALESCE(SUM(o.amount_minor) FILTER (WHERE o.outcome = 'won'), 0)
    FROM funnel_leads f JOIN opportunities o ON o.lead_id = f.lead_id
    WHERE f.is_test = false AND f.captured_at IS NOT NULL AND o.amount_minor IS NOT NULL AND ${filter}
    GROUP BY 2, 3, 4`;
}

/**
 * Per-day roll-ups of the capture cohorts, so a year of KPIs is read from a few thousand rows. A
 * lead's buckets are recomputed from the funnel whenever anything about the lead changes.
 */
@Injectable()
export class KpiRollupRepository {
  constructor(private readonly database: RewardsDatabase) {}

  async refreshLead(transaction: RewardsTransaction, leadId: string): Promise<void> {
    const lead = await transaction.funnelLead.findUnique({
      where: { leadId },
      select: { capturedAt: true, source: true, campaign: true },
    });
    if (!lead?.capturedAt) return;
    const day = new Date(Date.UTC(lead.capturedAt.getUTCFullYear(), lead.capturedAt.getUTCMonth(), lead.capturedAt.getUTCDate()));
    const nextDay = new Date(day.getTime() + 24 * 60 * 60 * 1000);
    const keys: Record<Dimension, string> = { source: lead.source ?? '', campaign: lead.campaign ?? '' };
    for (const dimension of dimensions) {
      const key = keys[dimension];
      // Concurrent events of other leads in this bucket wait here, so each recount sees the others.
      await transaction.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`kpi:${dimension}:${day.toISOString()}:${key}`}, 7))`;
      await transaction.$executeRaw`DELETE FROM kpi_cohort_days WHERE dimension = ${dimension} AND day = ${day.toISOString().slice(0, 10)}::date AND key = ${key}`;
      await transaction.$executeRaw`DELETE FROM kpi_cohort_money_days WHERE dimension = ${dimension} AND day = ${day.toISOString().slice(0, 10)}::date AND key = ${key}`;
      const filter = Prisma.sql`f.captured_at >= ${day} AND f.captured_at < ${nextDay} AND ${keyOf[dimension]} = ${key}`;
      await transaction.$executeRaw(insertCohortCounts(dimension, filter));
      await transaction.$executeRaw(insertCohortMoney(dimension, filter));
    }
  }

  /** Recounts every bucket from the funnel, e.g. after loading historical data. */
  async rebuildAll(): Promise<void> {
    await this.database.$transaction(async (transaction) => {
      await transaction.$executeRaw`DELETE FROM kpi_cohort_days`;
      await transaction.$executeRaw`DELETE FROM kpi_cohort_money_days`;
      for (const dimension of dimensions) {
        await transaction.$executeRaw(insertCohortCounts(dimension, Prisma.sql`true`, opportunitiesPerLead.aggregated));
        await transaction.$executeRaw(insertCohortMoney(dimension, Prisma.sql`true`));
      }
      await transaction.$executeRaw`DELETE FROM kpi_credit_days`;
      await transaction.$executeRaw`UPDATE attribution_credits c SET counted = NOT EXISTS (SELECT 1 FROM funnel_leads f WHERE f.lead_id = c.lead_id AND f.is_test)`;
      for (const dimension of dimensions) {
        await transaction.$executeRaw`
          INSERT INTO kpi_credit_days (model, dimension, day, key, currency, amount_minor)
          SELECT model, ${dimension}, (closed_at AT TIME ZONE 'UTC')::date, COALESCE(${dimension === 'source' ? Prisma.sql`source` : Prisma.sql`campaign`}, ''), currency, SUM(amount_minor)
          FROM attribution_credits WHERE counted GROUP BY 1, 2, 3, 4, 5`;
      }
    }, { timeout: 300_000 });
  }
}
