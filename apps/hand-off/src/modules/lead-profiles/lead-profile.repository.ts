import { Injectable } from '@nestjs/common';
import { Prisma } from '../../generated/prisma/client';
import { HandOffTransaction } from '../../database/hand-off-database';
import { lockPendingOutcomes, OutcomeRow, pendingOfEach, StoredOutcome } from '../outcomes/pending-outcomes';
import { ObservedFact, reportedFacts } from './domain/reported-facts';
import { RoutingFacts } from './domain/routing-facts';

export interface LeadProfileUpdate extends RoutingFacts {
  source?: string | null;
  emailHash?: string | null;
}

/** What hand-off holds about a lead: its routing facts, source and e-mail hash. */
export type HeldProfile = Required<LeadProfileUpdate>;

export type ReportedFacts = Partial<Record<string, ObservedFact>>;

/** What a capture tells hand-off about a lead. */
export interface LeadCapture {
  leadId: string;
  source: string;
  emailHash: string;
}

/** Routing facts reported about a lead. */
export interface FactReport {
  leadId: string;
  reported: ReportedFacts;
}

@Injectable()
export class LeadProfileRepository {
  /**
   * Records the source and e-mail hash a capture states and, in the same statement, locks the outcomes
   * waiting for this lead or that e-mail. The profile is written (and its row locked) before any outcome,
   * the order erasure takes them in.
   */
  async recordCapture(transaction: HandOffTransaction, leadId: string, capture: { source: string; emailHash: string }): Promise<StoredOutcome[]> {
    const [pending] = await this.recordCaptures(transaction, [{ leadId, ...capture }]);
    return pending;
  }

  /** `recordCapture` for several leads (each once) in one statement, their rows locked in lead id order; answers in the order asked. */
  async recordCaptures(transaction: HandOffTransaction, captures: LeadCapture[]): Promise<StoredOutcome[][]> {
    const rows = await transaction.$queryRaw<Array<OutcomeRow & { position: bigint }>>`
      WITH captured AS (
        SELECT * FROM jsonb_to_recordset(${JSON.stringify(captures.map((capture, index) => ({ ...capture, position: index + 1 })))}::jsonb)
          AS c("leadId" uuid, source text, "emailHash" text, position int)
      ), profile AS (
        INSERT INTO lead_profiles (lead_id, source, email_hash)
        SELECT "leadId", source, "emailHash" FROM captured ORDER BY "leadId"
        ON CONFLICT (lead_id) DO UPDATE SET source = EXCLUDED.source, email_hash = EXCLUDED.email_hash, updated_at = now()
        RETURNING lead_id
      )
      SELECT captured.position, pending.*
      FROM captured,
           LATERAL (${lockPendingOutcomes(Prisma.sql`captured."leadId"`, Prisma.sql`captured."emailHash"`, Prisma.sql`EXISTS (SELECT FROM profile)`)}) AS pending
      ORDER BY captured.position, pending."receivedAt"`;
    return pendingOfEach(rows, captures.length);
  }

  /**
   * Keeps each reported routing fact that is at least as new as the one held (enrichment's event and an
   * MQL's snapshot arrive on different topics, so either may come second; a fact observed at the same
   * instant is applied again), and returns the profile as merged. The profile row stays locked to the end
   * of the transaction, so an enrichment and an MQL for one lead apply one after the other.
   */
  async mergeNewest(transaction: HandOffTransaction, leadId: string, reported: ReportedFacts): Promise<HeldProfile> {
    const [held] = await this.mergeNewestOf(transaction, [{ leadId, reported }]);
    return held;
  }

  /** `mergeNewest` for several leads (each once) in one statement, locking their rows in lead id order; answers in the order asked. */
  async mergeNewestOf(transaction: HandOffTransaction, reports: FactReport[]): Promise<HeldProfile[]> {
    const rows = reports.map(({ leadId, reported }) => {
      const { facts, observedAt } = reportedFacts(reported);
      return {
        lead_id: leadId,
        country: facts.country ?? null,
        region: facts.region ?? null,
        employee_count: facts.employeeCount ?? null,
        segment: facts.segment ?? null,
        product_interest: facts.productInterest ?? null,
        account_id: facts.accountId ?? null,
        account_owner_id: facts.accountOwnerId ?? null,
        facts_observed_at: observedAt,
      };
    });
    // A new row takes every reported fact; an existing one the facts in `newer`, and keeps its updated_at when there are none.
    const merged = await transaction.$queryRaw<Array<HeldProfile & { leadId: string }>>`
      INSERT INTO lead_profiles AS held (lead_id, country, region, employee_count, segment, product_interest, account_id,
                                         account_owner_id, facts_observed_at)
      SELECT r.lead_id, r.country, r.region, r.employee_count, r.segment, r.product_interest, r.account_id, r.account_owner_id, r.facts_observed_at
      FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) AS r(lead_id uuid, country text, region text, employee_count int, segment text,
                                                                  product_interest text, account_id text, account_owner_id text, facts_observed_at jsonb)
      ORDER BY r.lead_id
      ON CONFLICT (lead_id) DO UPDATE SET
        (country, region, employee_count, segment, product_interest, account_id, account_owner_id, facts_observed_at, updated_at) = (
          SELECT CASE WHEN newer ? 'country' THEN EXCLUDED.country ELSE held.country END,
                 CASE WHEN newer ? 'region' THEN EXCLUDED.region ELSE held.region END,
                 CASE WHEN newer ? 'employeeCount' THEN EXCLUDED.employee_count ELSE held.employee_count END,
                 CASE WHEN newer ? 'segment' THEN EXCLUDED.segment ELSE held.segment END,
                 CASE WHEN newer ? 'productInterest' THEN EXCLUDED.product_interest ELSE held.product_interest END,
                 CASE WHEN newer ? 'accountId' THEN EXCLUDED.account_id ELSE held.account_id END,
                 CASE WHEN newer ? 'accountOwnerId' THEN EXCLUDED.account_owner_id ELSE held.account_owner_id END,
                 held.facts_observed_at || newer,
                 CASE WHEN newer = '{}' THEN held.updated_at ELSE now() END
          FROM (SELECT coalesce(jsonb_object_agg(fact, observed_at), '{}') AS newer
                FROM jsonb_each_text(EXCLUDED.facts_observed_at) AS reported(fact, observed_at)
                WHERE observed_at::timestamptz >= coalesce((held.facts_observed_at ->> fact)::timestamptz, '-infinity')) AS fresher)
      RETURNING lead_id::text AS "leadId", country, region, employee_count AS "employeeCount", segment, product_interest AS "productInterest", source,
                account_id AS "accountId", account_owner_id AS "accountOwnerId", email_hash AS "emailHash"`;
    const byLead = new Map(merged.map(({ leadId, ...held }) => [leadId.toLowerCase(), held]));
    return reports.map(({ leadId }) => {
      const held = byLead.get(leadId.toLowerCase());
      if (!held) throw new Error(`the profile of lead ${leadId} was not merged`);
      return held;
    });
  }

  find(transaction: HandOffTransaction, leadId: string) {
    return transaction.leadProfile.findUnique({ where: { leadId } });
  }

  async leadIdsByEmailHash(transaction: HandOffTransaction, hash: string): Promise<string[]> {
    const profiles = await transaction.leadProfile.findMany({ where: { emailHash: hash }, select: { leadId: true } });
    return profiles.map((profile) => profile.leadId);
  }
}
