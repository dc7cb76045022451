import { Injectable } from '@nestjs/common';
import { EnrichmentTransaction } from '../../database/enrichment-database';

/**
 * The erased event travels on its own topic, so a captured or touchpoint event of the same lead sent
 * before it may arrive after it; remembering the erased lead ids keeps such an event from enriching again.
 */
@Injectable()
export class ErasedLeadRepository {
  async remember(transaction: EnrichmentTransaction, leadId: string, erasedAt: Date): Promise<void> {
    await transaction.$executeRaw`
      INSERT INTO erased_leads (lead_id, erased_at) VALUES (${leadId}::uuid, ${erasedAt}) ON CONFLICT (lead_id) DO NOTHING`;
  }
}
