import { Injectable } from '@nestjs/common';
import { ScoringTransaction } from '../../database/scoring-database';

/** The facts scoring keeps came from enrichment about the person; the scores and stages made from them stay. */
@Injectable()
export class LeadFactsErasureRepository {
  async erase(transaction: ScoringTransaction, leadId: string): Promise<void> {
    await transaction.$executeRaw`UPDATE lead_scores SET facts = '{}'::jsonb WHERE lead_id = ${leadId}::uuid`;
  }
}
