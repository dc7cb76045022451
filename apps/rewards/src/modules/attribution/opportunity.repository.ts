import { Injectable } from '@nestjs/common';
import { RewardsTransaction } from '../../database/rewards-database';

export interface OpenedOpportunity {
  opportunityId: string;
  leadId: string;
  track: string;
  convertedAt: Date;
}

export interface ClosedOpportunity {
  opportunityId: string;
  leadId: string;
  track: string;
  outcome: 'won' | 'lost';
  amountMinor: number;
  currency: string;
  closedAt: Date;
  creditedMarketerId: string | null;
}

export interface WonOpportunity {
  opportunityId: string;
  leadId: string;
  amountMinor: number;
  currency: string;
  closedAt: Date;
  convertedAt: Date | null;
}

/** Conversion and close arrive on different topics in any order; each writes only its own columns. */
@Injectable()
export class OpportunityRepository {
  async recordOpened(transaction: RewardsTransaction, opportunity: OpenedOpportunity): Promise<void> {
    const { opportunityId, ...columns } = opportunity;
    await transaction.opportunity.upsert({ where: { opportunityId }, create: opportunity, update: columns });
  }

  async recordClosed(transaction: RewardsTransaction, opportunity: ClosedOpportunity): Promise<void> {
    const { opportunityId, amountMinor, ...rest } = opportunity;
    const columns = { ...rest, amountMinor: BigInt(amountMinor) };
    await transaction.opportunity.upsert({ where: { opportunityId }, create: { opportunityId, ...columns }, update: columns });
  }

  /** Which of the leads have a won opportunity. */
  async leadsWithWonDeals(transaction: RewardsTransaction, leadIds: string[]): Promise<Set<string>> {
    const rows = await transaction.$queryRaw<Array<{ leadId: string }>>`
      SELECT DISTINCT lead_id::text AS "leadId" FROM opportunities WHERE lead_id = ANY(${leadIds}::uuid[]) AND outcome = 'won'`;
    return new Set(rows.map((row) => row.leadId.toLowerCase()));
  }

  async wonOfLead(transaction: RewardsTransaction, leadId: string): Promise<WonOpportunity[]> {
    const rows = await transaction.opportunity.findMany({ where: { leadId, outcome: 'won' } });
    return rows.map((row) => ({
      opportunityId: row.opportunityId,
      leadId: row.leadId,
      amountMinor: Number(row.amountMinor ?? 0n),
      currency: row.currency ?? 'XXX',
      closedAt: row.closedAt ?? new Date(0),
      convertedAt: row.convertedAt,
    }));
  }
}
