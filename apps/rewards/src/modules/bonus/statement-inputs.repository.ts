import { Injectable } from '@nestjs/common';
import { RewardsDatabase } from '../../database/rewards-database';
import { BonusPlan } from './bonus-plan.repository';
import { CreditInput } from './domain/statement-lines';

/** Credits on campaigns the beneficiary owns (a person, or any member of a team), for deals closed in the range. */
@Injectable()
export class StatementInputsRepository {
  constructor(private readonly database: RewardsDatabase) {}

  async credits(plan: BonusPlan, from: Date, to: Date): Promise<CreditInput[]> {
    const rows = await this.database.$queryRaw<
      { opportunity_id: string; touchpoint_id: string; model: string; campaign: string | null; amount_minor: bigint }[]
    >`
      SELECT c.opportunity_id, c.touchpoint_id, c.model, c.campaign, c.amount_minor
      FROM attribution_credits c
      JOIN campaign_owners o ON o.campaign = c.campaign
      LEFT JOIN funnel_leads f ON f.lead_id = c.lead_id
      WHERE c.closed_at >= ${from} AND c.closed_at < ${to} AND c.currency = ${plan.currency} AND f.is_test IS NOT TRUE
        AND ((${plan.beneficiary.kind} = 'person' AND o.marketer_id = ${plan.beneficiary.id})
          OR (${plan.beneficiary.kind} = 'team' AND o.marketer_id IN (SELECT person_id FROM team_members WHERE team_id = ${plan.beneficiary.id})))
      ORDER BY c.opportunity_id, c.model, c.touchpoint_id`;
    return rows.map((row) => ({
      opportunityId: row.opportunity_id,
      touchpointId: row.touchpoint_id,
      model: row.model,
      campaign: row.campaign,
      amountMinor: Number(row.amount_minor),
    }));
  }
}
