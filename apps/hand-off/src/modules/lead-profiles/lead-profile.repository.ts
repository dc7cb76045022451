import { Injectable } from '@nestjs/common';
import { HandOffTransaction } from '../../database/hand-off-database';
import { FactsObservedAt, newestFacts, ObservedFact } from './domain/newest-facts';
import { RoutingFacts } from './domain/routing-facts';

export interface LeadProfileUpdate extends RoutingFacts {
  source?: string | null;
  emailHash?: string | null;
}

@Injectable()
export class LeadProfileRepository {
  async merge(transaction: HandOffTransaction, leadId: string, update: LeadProfileUpdate): Promise<void> {
    await transaction.leadProfile.upsert({ where: { leadId }, create: { leadId, ...update }, update });
  }

  /**
   * Keeps each reported routing fact that is at least as new as the one held. The profile row stays
   * locked to the end of the transaction, so an enrichment and an MQL for one lead apply one after the other.
   */
  async mergeNewest(transaction: HandOffTransaction, leadId: string, reported: Partial<Record<string, ObservedFact>>): Promise<void> {
    await transaction.$executeRaw`INSERT INTO lead_profiles (lead_id) VALUES (${leadId}::uuid) ON CONFLICT (lead_id) DO NOTHING`;
    const [held] = await transaction.$queryRaw<Array<{ observedAt: FactsObservedAt }>>`
      SELECT facts_observed_at AS "observedAt" FROM lead_profiles WHERE lead_id = ${leadId}::uuid FOR UPDATE`;
    const { facts, observedAt } = newestFacts(held.observedAt, reported);
    if (Object.keys(facts).length === 0) return;
    await transaction.leadProfile.update({ where: { leadId }, data: { ...facts, factsObservedAt: { ...held.observedAt, ...observedAt } } });
  }

  find(transaction: HandOffTransaction, leadId: string) {
    return transaction.leadProfile.findUnique({ where: { leadId } });
  }

  async leadIdsByEmailHash(transaction: HandOffTransaction, hash: string): Promise<string[]> {
    const profiles = await transaction.leadProfile.findMany({ where: { emailHash: hash }, select: { leadId: true } });
    return profiles.map((profile) => profile.leadId);
  }
}
