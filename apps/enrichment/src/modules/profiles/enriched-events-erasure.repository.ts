import { Injectable } from '@nestjs/common';
import { EnrichmentTransaction } from '../../database/enrichment-database';

/**
 * The enriched events this service wrote carry facts about the person (job title, phone in E.164);
 * once erased, the outbox keeps each event's shape with no facts in it.
 */
@Injectable()
export class EnrichedEventsErasureRepository {
  async erase(transaction: EnrichmentTransaction, leadId: string): Promise<void> {
    await transaction.$executeRaw`
      UPDATE outbox SET payload = (jsonb_set(payload::jsonb, '{payload,facts}', '{}'::jsonb) #- '{payload,changedFields}')::json
      WHERE key = ${leadId} AND payload #> '{payload,facts}' IS NOT NULL`;
  }
}
