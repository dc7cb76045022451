import { Injectable } from '@nestjs/common';
import { Prisma } from '../../generated/prisma/client';
import { RewardsDatabase, RewardsTransaction } from '../../database/rewards-database';
import { AttributionGroup, AttributionGrouping } from './domain/attribution-grouping';
import { AttributionModel } from './domain/attribution-model';

export interface StoredCredit {
  opportunityId: string;
  model: AttributionModel;
  touchpointId: string;
  leadId: string;
  channel: string;
  source: string;
  campaign: string | null;
  amountMinor: number;
  currency: string;
  closedAt: Date;
}

export interface CreditQuery {
  model: AttributionModel;
  groupBy: AttributionGrouping;
  from?: Date;
  to?: Date;
}

const groupColumn: Record<AttributionGrouping, Prisma.Sql> = {
  channel: Prisma.sql`c.channel`,
  source: Prisma.sql`c.source`,
  campaign: Prisma.sql`c.campaign`,
  marketer: Prisma.sql`o.marketer_id`,
};

@Injectable()
export class AttributionCreditRepository {
  constructor(private readonly database: RewardsDatabase) {}

  async currentFor(transaction: RewardsTransaction, opportunityId: string): Promise<Pick<StoredCredit, 'model' | 'touchpointId' | 'amountMinor'>[]> {
    const rows = await transaction.attributionCredit.findMany({
      where: { opportunityId },
      select: { model: true, touchpointId: true, amountMinor: true },
    });
    return rows.map((row) => ({ model: row.model as AttributionModel, touchpointId: row.touchpointId, amountMinor: Number(row.amountMinor) }));
  }

  /** A deal's credits are always recomputed whole, so a late touchpoint can never leave a stale share. */
  async replaceForOpportunity(transaction: RewardsTransaction, opportunityId: string, credits: StoredCredit[]): Promise<void> {
    await this.removeForOpportunity(transaction, opportunityId);
    if (credits.length === 0) return;
    await transaction.attributionCredit.createMany({
      data: credits.map((credit) => ({ ...credit, amountMinor: BigInt(credit.amountMinor) })),
    });
    await transaction.$executeRaw`
      UPDATE attribution_credits c SET counted = NOT EXISTS (SELECT 1 FROM funnel_leads f WHERE f.lead_id = c.lead_id AND f.is_test)
      WHERE c.opportunity_id = ${opportunityId}`;
    await this.addToKpiRollup(transaction, opportunityId, 1n);
  }

  async removeForOpportunity(transaction: RewardsTransaction, opportunityId: string): Promise<void> {
    // Deals share roll-up rows; taking them one transaction at a time rules out deadlocks between deals.
    await transaction.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended('kpi_credit_days', 7))`;
    await this.addToKpiRollup(transaction, opportunityId, -1n);
    await transaction.attributionCredit.deleteMany({ where: { opportunityId } });
  }

  /** Adds (or with -1 takes back) exactly the credits that were counted, so the roll-up never drifts. */
  private async addToKpiRollup(transaction: RewardsTransaction, opportunityId: string, sign: bigint): Promise<void> {
    await transaction.$executeRaw`
      INSERT INTO kpi_credit_days (model, dimension, day, key, currency, amount_minor)
      SELECT c.model, d.dimension, (c.closed_at AT TIME ZONE 'UTC')::date,
             CASE d.dimension WHEN 'source' THEN c.source ELSE COALESCE(c.campaign, '') END, c.currency,
             ${sign}::bigint * SUM(c.amount_minor)
      FROM attribution_credits c CROSS JOIN (VALUES ('source'), ('campaign')) AS d(dimension)
      WHERE c.opportunity_id = ${opportunityId} AND c.counted
      GROUP BY 1, 2, 3, 4, 5
      ON CONFLICT (model, dimension, day, key, currency)
      DO UPDATE SET amount_minor = kpi_credit_days.amount_minor + EXCLUDED.amount_minor`;
  }

  /** Campaign owners are looked up now, so re-assigning a campaign moves its credits with it; test leads never count. */
  async grouped(query: CreditQuery): Promise<AttributionGroup[]> {
    const rows = await this.database.$queryRaw<{ key: string | null; currency: string; amount: bigint; deals: number }[]>(Prisma.sql`
      SELECT ${groupColumn[query.groupBy]} AS key, c.currency, SUM(c.amount_minor)::bigint AS amount,
             COUNT(DISTINCT c.opportunity_id)::int AS deals
      FROM attribution_credits c
      LEFT JOIN funnel_leads f ON f.lead_id = c.lead_id
      LEFT JOIN campaign_owners o ON o.campaign = c.campaign
      WHERE c.model = ${query.model}
        AND f.is_test IS NOT TRUE
        AND c.closed_at >= ${query.from ?? new Date(0)}
        AND c.closed_at < ${query.to ?? new Date('9999-12-31T00:00:00Z')}
      GROUP BY 1, 2
      ORDER BY amount DESC, key ASC NULLS LAST`);
    return rows.map((row) => ({
      key: row.key,
      credited: { amountMinor: Number(row.amount), currency: row.currency },
      deals: row.deals,
    }));
  }
}
