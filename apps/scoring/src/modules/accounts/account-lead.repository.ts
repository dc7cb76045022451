import { Injectable } from '@nestjs/common';
import { ScoringDatabase } from '../../database/scoring-database';
import { LeadEngagement } from './domain/account-score';

@Injectable()
export class AccountLeadRepository {
  constructor(private readonly database: ScoringDatabase) {}

  /** The leads enrichment matched to the account, with their engagement as last scored. */
  async ofAccount(accountId: string): Promise<LeadEngagement[]> {
    const rows = await this.database.$queryRawUnsafe<{ lead_id: string; stage: string; engagement_score: number; priority: number }[]>(
      `SELECT lead_id::text, stage, engagement_score, priority FROM lead_scores
       WHERE facts -> 'accountId' ->> 'value' = $1 LIMIT 10000`,
      accountId,
    );
    return rows.map((row) => ({ leadId: row.lead_id, stage: row.stage, engagement: row.engagement_score, priority: row.priority }));
  }
}
