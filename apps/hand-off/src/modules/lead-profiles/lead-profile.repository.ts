import { Injectable } from '@nestjs/common';
import { HandOffTransaction } from '../../database/hand-off-database';
import { FactsObservedAt, newestFacts, ObservedFact } from './domain/newest-facts';
import { RoutingFacts } from './domain/routing-facts';

export interface LeadProfileUpdate extends RoutingFacts {
  source?: string | null;
  emailHash?: string | null;
}

/** What hand-off holds about a lead: its routing facts, source and e-mail hash. */
export type HeldProfile = Required<LeadProfileUpdate>;

@Injectable()
export class LeadProfileRepository {
  async merge(transaction: HandOffTransaction, leadId: string, update: LeadProfileUpdate): Promise<void> {
    await transaction.leadProfile.upsert({ where: { leadId }, create: { leadId, ...update }, update });
  }

  /**
   * Keeps each reported routing fact that is at least as new as the one held, and returns the profile
   * as merged. The profile row stays locked to the end of the transaction, so an enrichment and an MQL
   * for one lead apply one after the other.
   */
  async mergeNewest(
    transaction: HandOffTransaction,
    leadId: string,
    reported: Partial<Record<string, ObservedFact>>,
  ): Promise<HeldProfile> {
    // The no-op update locks the row (inserted or not) and returns it in one round trip.
    const [held] = await transaction.$queryRaw<Array<HeldProfile & { observedAt: FactsObservedAt }>>`
      INSERT INTO lead_profiles (lead_id) VALUES (${leadId}::uuid)
      ON CONFLICT (lead_id) DO UPDATE SET lead_id = EXCLUDED.lead_id
      RETURNING country, region, employee_count AS "employeeCount", segment, product_interest AS "productInterest", source,
                account_id AS "accountId", account_owner_id AS "accountOwnerId", email_hash AS "emailHash",
                facts_observed_at AS "observedAt"`;
    const { observedAt: heldObservedAt, ...profile } = held;
    const { facts, observedAt } = newestFacts(heldObservedAt, reported);
    if (Object.keys(facts).length === 0) return profile;
    await transaction.leadProfile.update({ where: { leadId }, data: { ...facts, factsObservedAt: { ...heldObservedAt, ...observedAt } } });
    return { ...profile, ...facts };
  }

  find(transaction: HandOffTransaction, leadId: string) {
    return transaction.leadProfile.findUnique({ where: { leadId } });
  }

  async leadIdsByEmailHash(transaction: HandOffTransaction, hash: string): Promise<string[]> {
    const profiles = await transaction.leadProfile.findMany({ where: { emailHash: hash }, select: { leadId: true } });
    return profiles.map((profile) => profile.leadId);
  }
}
