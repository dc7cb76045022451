import { Prisma } from '../../generated/prisma/client';
import { OutcomeReport } from './domain/closed-opportunity';

export interface StoredOutcome extends OutcomeReport {
  id: string;
  externalId: string;
  matchedLeadId: string | null;
}

/** An opportunity_outcomes row as the statements that read outcomes return it. */
export interface OutcomeRow {
  id: string;
  externalId: string;
  matchedLeadId: string | null;
  opportunityId: string;
  outcome: string;
  amountMinor: bigint;
  currency: string;
  closedAt: Date;
  lostReason: string | null;
}

export const toStored = (row: OutcomeRow): StoredOutcome => ({
  id: row.id,
  externalId: row.externalId,
  matchedLeadId: row.matchedLeadId,
  opportunityId: row.opportunityId,
  outcome: row.outcome === 'won' ? 'won' : 'lost',
  amount: { amountMinor: Number(row.amountMinor), currency: row.currency },
  closedAt: row.closedAt.toISOString(),
  lostReason: row.lostReason,
});

export const outcomeColumns = Prisma.sql`
  id, external_id AS "externalId", matched_lead_id AS "matchedLeadId", opportunity_id AS "opportunityId", outcome,
  amount_minor AS "amountMinor", currency, closed_at AS "closedAt", lost_reason AS "lostReason", received_at AS "receivedAt"`;

/**
 * SELECT of the unmatched outcomes that name the lead or the e-mail hash `emailHash` evaluates to (null names
 * none), oldest first, locked so only one transaction matches each. `first`, a condition on the statement's
 * own CTEs, is evaluated before any outcome is read or locked.
 */
export function lockPendingOutcomes(leadId: Prisma.Sql, emailHash: Prisma.Sql, first: Prisma.Sql = Prisma.sql`true`): Prisma.Sql {
  return Prisma.sql`
    SELECT ${outcomeColumns} FROM opportunity_outcomes
    WHERE ${first} AND matched_at IS NULL AND (opportunity_outcomes.lead_id = ${leadId} OR email_hash = ${emailHash})
    ORDER BY received_at
    FOR UPDATE SKIP LOCKED`;
}

/**
 * Rows of a statement that read the pending outcomes of several leads at once (`position`: the 1-based
 * place of the lead asked for), as each lead's outcomes: one that names several of the leads goes to the first.
 */
export function pendingOfEach(rows: Array<OutcomeRow & { position: bigint | number }>, leads: number): StoredOutcome[][] {
  const answered = new Set<string>();
  const pending: StoredOutcome[][] = Array.from({ length: leads }, () => []);
  for (const row of rows) {
    if (answered.has(row.id)) continue;
    answered.add(row.id);
    pending[Number(row.position) - 1].push(toStored(row));
  }
  return pending;
}
