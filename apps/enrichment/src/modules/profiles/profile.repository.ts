import { Injectable } from '@nestjs/common';
import { EnrichmentTransaction } from '../../database/enrichment-database';
import { Facts } from './domain/fact';

@Injectable()
export class ProfileRepository {
  async saveFacts(transaction: EnrichmentTransaction, leadId: string, facts: Facts, enrichedAt: Date): Promise<void> {
    await transaction.leadProfile.upsert({
      where: { leadId },
      create: { leadId, facts, enrichedAt },
      update: { facts, enrichedAt },
    });
  }
}
