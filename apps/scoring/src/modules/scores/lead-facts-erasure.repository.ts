import { Injectable } from '@nestjs/common';
import { ScoringTransaction } from '../../database/scoring-database';

/**
 * The facts scoring keeps came from enrichment about the person; the scores and stages made from them stay.
 * Erased leads are remembered: an enriched event sent before the erasure may arrive after it.
 */
@Injectable()
export class LeadFactsErasureRepository {
  async erase(transaction: ScoringTransaction, leadId: string, erasedAt: Date): Promise<void> {
    await transaction.$executeRaw`UPDATE lead_scores SET facts = '{}'::jsonb WHERE lead_id = ${leadId}::uuid`;
    await transaction.$executeRaw`
      INSERT INTO erased_leads (lead_id, erased_at) VALUES (${leadId}::uuid, ${erasedAt}) ON CONFLICT (lead_id) DO NOTHING`;
  }
}
