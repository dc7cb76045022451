import { Injectable } from '@nestjs/common';
import { beforeCommit } from '@accord/messaging';
import { Prisma } from '../../generated/prisma/client';
import { LeadLockRepository } from '../../database/lead-lock.repository';
import { RewardsDatabase, RewardsTransaction } from '../../database/rewards-database';
import { CohortBucket, CohortChange, cohortChangeOfLeads, LeadCohortContribution } from './domain/lead-cohort-contribution';
import { CohortCountColumns, cohortCountsOf } from './cohort-count-columns';
import { leadCounters, leadMoney, opportunitiesPerLead } from './lead-contribution-sql';

interface ContributionRow extends CohortCountColumns {
  lead_id: string;
  day: string;
  source: string;
  campaign: string;
  speed_milliseconds: number;
  money: { currency: string; pipelineMinor: string; wonMinor: string }[];
}

/** The contributions of the leads in `$1` (uuid[]) that count, as `LeadLockRepository.lockThenRead` runs it. */
const contributionsQuery = (() => {
  const query = Prisma.sql`
    SELECT c.lead_id, to_char(c.day, 'YYYY-MM-DD') AS day, c.source, c.campaign, c.leads, c.mqls, c.assigned, c.sals, c.rejected,
      c.sqls, c.sla_breached, c.speed_milliseconds, c.speed_count, c.opportunities, c.won, c.lost,
      COALESCE((SELECT json_agg(json_build_object('currency', m.currency, 'pipelineMinor', m.pipeline_minor::text, 'wonMinor', m.won_minor::text))
                FROM (${leadMoney(Prisma.raw('f.lead_id = c.lead_id'))}) m), '[]'::json) AS money
    FROM (${leadCounters(Prisma.raw('f.lead_id = ANY($1::uuid[])'), opportunitiesPerLead.lookedUp)}) c`;
  if (query.values.length > 0) throw new Error('the contributions query takes the lead ids as its only parameter');
  return query.sql;
})();

function contributionFrom(row: ContributionRow): LeadCohortContribution {
  return {
    day: row.day,
    keys: { source: row.source, campaign: row.campaign },
    counters: { ...cohortCountsOf(row), speedMilliseconds: Number(row.speed_milliseconds), speedCount: row.speed_count },
    money: row.money.map((amounts) => ({
      currency: amounts.currency,
      pipelineMinor: BigInt(amounts.pipelineMinor),
      wonMinor: BigInt(amounts.wonMinor),
    })),
  };
}

/** What a transaction has done to the roll-up so far: each lead's contribution when it took the lead's lock, and the leads it changed since. */
interface RollupSession {
  before: Map<string, LeadCohortContribution | null>;
  changed: Set<string>;
  /** False when the transaction was not started by `runInTransaction`: each change is then added at once. */
  deferred: boolean;
}

const sessions = new WeakMap<RewardsTransaction, RollupSession>();

const bothDimensions = Prisma.sql`CROSS JOIN (VALUES ('source'), ('campaign')) AS d(dimension)`;
const keyInDimension = Prisma.sql`CASE d.dimension WHEN 'source' THEN c.source ELSE c.campaign END`;

/**
 * Per-day roll-ups of the capture cohorts, so a year of KPIs is read from a few thousand rows. Each
 * change to a lead adds what it changed in the lead's contribution, so an event costs the same
 * however many leads its bucket already has.
 */
@Injectable()
export class KpiRollupRepository {
  constructor(
    private readonly database: RewardsDatabase,
    private readonly locks: LeadLockRepository,
  ) {}

  /**
   * Runs `change` to the lead's funnel or opportunities and moves the roll-up by the difference it
   * made. A lead's events arrive on several topics at once: its lock lets them apply one after the
   * other. The first change in a transaction locks and reads the lead, and the leads of `readAhead`
   * the transaction is about to change too, in one statement; the roll-up moves once, just before the
   * transaction commits, by the difference all its changes made together.
   */
  async applyLeadChange<Result>(
    transaction: RewardsTransaction,
    leadId: string,
    change: () => Promise<Result>,
    readAhead: string[] = [],
  ): Promise<Result> {
    const session = this.sessionOf(transaction);
    const lead = leadId.toLowerCase();
    if (!session.before.has(lead)) {
      const leadIds = [...new Set([lead, ...readAhead.map((id) => id.toLowerCase())])].filter((id) => !session.before.has(id));
      const before = await this.contributions(transaction, leadIds);
      leadIds.forEach((id) => session.before.set(id, before.get(id) ?? null));
    }
    const result = await change();
    session.changed.add(lead);
    if (!session.deferred) await this.settle(transaction, session);
    return result;
  }

  private sessionOf(transaction: RewardsTransaction): RollupSession {
    const existing = sessions.get(transaction);
    if (existing) return existing;
    const session: RollupSession = { before: new Map(), changed: new Set(), deferred: false };
    session.deferred = beforeCommit(transaction, () => this.settle(transaction, session));
    sessions.set(transaction, session);
    return session;
  }

  /** Adds what the changed leads' contributions moved since they were read, and reads them as they are now. */
  private async settle(transaction: RewardsTransaction, session: RollupSession): Promise<void> {
    const changed = [...session.changed];
    if (changed.length === 0) return;
    session.changed.clear();
    const after = await this.contributions(transaction, changed);
    const moved = changed.map((id) => ({ before: session.before.get(id) ?? null, after: after.get(id) ?? null }));
    changed.forEach((id) => session.before.set(id, after.get(id) ?? null));
    await this.add(transaction, cohortChangeOfLeads(moved));
  }

  private async contributions(transaction: RewardsTransaction, leadIds: string[]): Promise<Map<string, LeadCohortContribution>> {
    const rows = await this.locks.lockThenRead<ContributionRow>(transaction, leadIds, contributionsQuery);
    return new Map(rows.map((row) => [row.lead_id, contributionFrom(row)]));
  }

  /** Each row is added to atomically, so leads of one bucket need no lock of their own. */
  private async add(transaction: RewardsTransaction, change: CohortChange): Promise<void> {
    if (change.counts.length > 0) {
      const rows = change.counts.map(({ dimension, day, key, counters: c }) => Prisma.sql`(
        ${dimension}, ${day}::date, ${key}, ${c.leads}::int, ${c.mqls}::int, ${c.assigned}::int, ${c.sals}::int, ${c.rejected}::int,
        ${c.sqls}::int, ${c.slaBreached}::int, ${c.speedMilliseconds}::bigint / 1000.0, ${c.speedCount}::int,
        ${c.opportunities}::int, ${c.won}::int, ${c.lost}::int)`);
      // The speed sum stays a whole number of milliseconds, exactly what the recount stores.
      await transaction.$executeRaw`
        INSERT INTO kpi_cohort_days AS b (dimension, day, key, leads, mqls, assigned, sals, rejected, sqls, sla_breached,
                                          speed_seconds_sum, speed_count, opportunities, won, lost)
        VALUES ${Prisma.join(rows)}
        ON CONFLICT (dimension, day, key) DO UPDATE SET
          leads = b.leads + EXCLUDED.leads, mqls = b.mqls + EXCLUDED.mqls, assigned = b.assigned + EXCLUDED.assigned,
          sals = b.sals + EXCLUDED.sals, rejected = b.rejected + EXCLUDED.rejected, sqls = b.sqls + EXCLUDED.sqls,
          sla_breached = b.sla_breached + EXCLUDED.sla_breached,
          speed_seconds_sum = round((b.speed_seconds_sum + EXCLUDED.speed_seconds_sum) * 1000) / 1000,
          speed_count = b.speed_count + EXCLUDED.speed_count, opportunities = b.opportunities + EXCLUDED.opportunities,
          won = b.won + EXCLUDED.won, lost = b.lost + EXCLUDED.lost`;
    }
    if (change.money.length > 0) {
      const rows = change.money.map(
        ({ dimension, day, key, currency, pipelineMinor, wonMinor }) =>
          Prisma.sql`(${dimension}, ${day}::date, ${key}, ${currency}, ${pipelineMinor}::bigint, ${wonMinor}::bigint)`,
      );
      await transaction.$executeRaw`
        INSERT INTO kpi_cohort_money_days AS b (dimension, day, key, currency, pipeline_minor, won_minor)
        VALUES ${Prisma.join(rows)}
        ON CONFLICT (dimension, day, key, currency) DO UPDATE SET
          pipeline_minor = b.pipeline_minor + EXCLUDED.pipeline_minor, won_minor = b.won_minor + EXCLUDED.won_minor`;
    }
    if (change.shrunk.length > 0) await this.removeEmptyRows(transaction, change.shrunk);
  }

  /** Rare: only when a lead moves to another bucket or turns out to be a test lead. */
  private async removeEmptyRows(transaction: RewardsTransaction, buckets: CohortBucket[]): Promise<void> {
    const shrunk = Prisma.join(buckets.map(({ dimension, day, key }) => Prisma.sql`(${dimension}, ${day}::date, ${key})`));
    await transaction.$executeRaw`
      WITH shrunk (dimension, day, key) AS (VALUES ${shrunk}),
        emptied AS (
          DELETE FROM kpi_cohort_days b USING shrunk s
          WHERE b.dimension = s.dimension AND b.day = s.day AND b.key = s.key AND b.leads = 0)
      DELETE FROM kpi_cohort_money_days b USING shrunk s
      WHERE b.dimension = s.dimension AND b.day = s.day AND b.key = s.key AND b.pipeline_minor = 0 AND b.won_minor = 0`;
  }

  /** Recounts every bucket from the funnel, e.g. after loading historical data. */
  async rebuildAll(): Promise<void> {
    await this.database.$transaction(async (transaction) => {
      await transaction.$executeRaw`DELETE FROM kpi_cohort_days`;
      await transaction.$executeRaw`DELETE FROM kpi_cohort_money_days`;
      await transaction.$executeRaw`
        INSERT INTO kpi_cohort_days (dimension, day, key, leads, mqls, assigned, sals, rejected, sqls, sla_breached,
                                     speed_seconds_sum, speed_count, opportunities, won, lost)
        SELECT d.dimension, c.day, ${keyInDimension},
          SUM(c.leads), SUM(c.mqls), SUM(c.assigned), SUM(c.sals), SUM(c.rejected), SUM(c.sqls), SUM(c.sla_breached),
          SUM(c.speed_milliseconds) / 1000.0, SUM(c.speed_count), SUM(c.opportunities), SUM(c.won), SUM(c.lost)
        FROM (${leadCounters(Prisma.sql`true`, opportunitiesPerLead.aggregated)}) c ${bothDimensions}
        GROUP BY 1, 2, 3`;
      await transaction.$executeRaw`
        INSERT INTO kpi_cohort_money_days (dimension, day, key, currency, pipeline_minor, won_minor)
        SELECT d.dimension, c.day, ${keyInDimension}, c.currency, SUM(c.pipeline_minor), SUM(c.won_minor)
        FROM (${leadMoney(Prisma.sql`true`)}) c ${bothDimensions}
        GROUP BY 1, 2, 3, 4
        HAVING SUM(c.pipeline_minor) <> 0 OR SUM(c.won_minor) <> 0`;
      await transaction.$executeRaw`DELETE FROM kpi_credit_days`;
      await transaction.$executeRaw`UPDATE attribution_credits c SET counted = NOT EXISTS (SELECT 1 FROM funnel_leads f WHERE f.lead_id = c.lead_id AND f.is_test)`;
      for (const dimension of ['source', 'campaign'] as const) {
        await transaction.$executeRaw`
          INSERT INTO kpi_credit_days (model, dimension, day, key, currency, amount_minor)
          SELECT model, ${dimension}, (closed_at AT TIME ZONE 'UTC')::date, COALESCE(${dimension === 'source' ? Prisma.sql`source` : Prisma.sql`campaign`}, ''), currency, SUM(amount_minor)
          FROM attribution_credits WHERE counted GROUP BY 1, 2, 3, 4, 5`;
      }
    }, { timeout: 300_000 });
  }
}
