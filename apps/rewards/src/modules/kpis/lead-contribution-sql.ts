import { Prisma } from '../../generated/prisma/client';

/**
 * The one definition of what a lead adds to its capture cohort. The full recount sums these rows
 * over all leads; an event adds the difference of one lead's row before and after it, so the two
 * can never disagree.
 */

/** For one lead its opportunities are looked up by index; for all of them, aggregated once. */
export const opportunitiesPerLead = {
  lookedUp: Prisma.sql`LEFT JOIN LATERAL (
      SELECT COUNT(*) AS opportunities, COUNT(*) FILTER (WHERE outcome = 'won') AS won, COUNT(*) FILTER (WHERE outcome = 'lost') AS lost
      FROM opportunities WHERE lead_id = f.lead_id
    ) o ON true`,
  aggregated: Prisma.sql`LEFT JOIN (
      SELECT lead_id, COUNT(*) AS opportunities, COUNT(*) FILTER (WHERE outcome = 'won') AS won, COUNT(*) FILTER (WHERE outcome = 'lost') AS lost
      FROM opportunities GROUP BY lead_id
    ) o ON o.lead_id = f.lead_id`,
};

/** Test leads and leads whose capture has not arrived yet count nowhere. */
const countedLead = Prisma.sql`f.is_test = false AND f.captured_at IS NOT NULL`;

const bucketColumns = Prisma.sql`(f.captured_at AT TIME ZONE 'UTC')::date AS day, COALESCE(f.source, '') AS source, COALESCE(f.campaign, '') AS campaign`;

/** One row per counted lead matching `filter`: its bucket columns and its counters. */
export function leadCounters(filter: Prisma.Sql, opportunities: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`
    SELECT f.lead_id, ${bucketColumns},
      1 AS leads, (f.mql_at IS NOT NULL)::int AS mqls, (f.assigned_at IS NOT NULL)::int AS assigned,
      (f.accepted_at IS NOT NULL)::int AS sals, (f.rejected_at IS NOT NULL AND f.accepted_at IS NULL)::int AS rejected,
      (f.sql_at IS NOT NULL)::int AS sqls, (f.sla_breached_at IS NOT NULL AND f.assigned_at IS NOT NULL)::int AS sla_breached,
      COALESCE(round(EXTRACT(EPOCH FROM f.accepted_at - f.captured_at) * 1000), 0)::bigint AS speed_milliseconds,
      (f.accepted_at IS NOT NULL)::int AS speed_count,
      COALESCE(o.opportunities, 0)::int AS opportunities, COALESCE(o.won, 0)::int AS won, COALESCE(o.lost, 0)::int AS lost
    FROM funnel_leads f
    ${opportunities}
    WHERE ${countedLead} AND ${filter}`;
}

/** One row per counted lead matching `filter` and currency of its opportunities with a known amount. */
export function leadMoney(filter: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`
    SELECT f.lead_id, ${bucketColumns}, o.currency,
      SUM(o.amount_minor) AS pipeline_minor, COALESCE(SUM(o.amount_minor) FILTER (WHERE o.outcome = 'won'), 0) AS won_minor
    FROM funnel_leads f JOIN opportunities o ON o.lead_id = f.lead_id
    WHERE ${countedLead} AND o.amount_minor IS NOT NULL AND ${filter}
    GROUP BY f.lead_id, o.currency`;
}

