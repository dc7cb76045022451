import { Injectable } from '@nestjs/common';
import { Prisma } from '../../generated/prisma/client';
import { HandOffTransaction } from '../../database/hand-off-database';
import { OutcomeReport, WorkedAssignment } from './domain/closed-opportunity';
import { lockPendingOutcomes, outcomeColumns, OutcomeRow, StoredOutcome, toStored } from './pending-outcomes';

export interface NewOutcome extends OutcomeReport {
  id: string;
  externalId: string;
  leadId: string | null;
  emailHash: string | null;
  channel: string;
  receivedAt: Date;
}

@Injectable()
export class OutcomeRepository {
  /**
   * Serialises matching for one lead: an outcome recorded for it and an assignment of it wait for each
   * other, so whichever commits second sees the first (its statements start after the lock is granted)
   * and no outcome stays pending beside an assignment that would have matched it.
   */
  async lockMatchingFor(transaction: HandOffTransaction, leadId: string): Promise<void> {
    await transaction.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`outcome-matching:${leadId.toLowerCase()}`}, 0))`;
  }

  /** Null when this report was received before: the sales tool sent it again. */
  async createIfNew(transaction: HandOffTransaction, outcome: NewOutcome): Promise<StoredOutcome | null> {
    const [row] = await transaction.$queryRaw<OutcomeRow[]>`
      INSERT INTO opportunity_outcomes (id, external_id, lead_id, email_hash, opportunity_id, outcome, amount_minor, currency,
                                        closed_at, lost_reason, channel, received_at)
      VALUES (${outcome.id}::uuid, ${outcome.externalId}, ${outcome.leadId}::uuid, ${outcome.emailHash}, ${outcome.opportunityId},
              ${outcome.outcome}, ${BigInt(outcome.amount.amountMinor)}::bigint, ${outcome.amount.currency},
              ${outcome.closedAt}::timestamptz, ${outcome.lostReason}, ${outcome.channel}, ${outcome.receivedAt}::timestamptz)
      ON CONFLICT DO NOTHING
      RETURNING ${outcomeColumns}`;
    return row ? toStored(row) : null;
  }

  async findByExternalId(transaction: HandOffTransaction, externalId: string): Promise<StoredOutcome | null> {
    const row = await transaction.opportunityOutcome.findUnique({ where: { externalId } });
    return row ? toStored(row) : null;
  }

  /**
   * Unmatched outcomes that name this lead or its e-mail, locked so only one transaction matches each.
   * `known` spares reading the e-mail hash from the lead's profile when the caller holds it.
   */
  async lockPendingFor(transaction: HandOffTransaction, leadId: string, known?: { emailHash: string | null }): Promise<StoredOutcome[]> {
    const emailHash = known
      ? Prisma.sql`${known.emailHash}::text`
      : Prisma.sql`(SELECT email_hash FROM lead_profiles WHERE lead_id = ${leadId}::uuid)`;
    const rows = await transaction.$queryRaw<OutcomeRow[]>(lockPendingOutcomes(leadId, emailHash));
    return rows.map(toStored);
  }

  async markMatched(transaction: HandOffTransaction, id: string, leadId: string, at: Date): Promise<void> {
    await transaction.opportunityOutcome.update({ where: { id }, data: { matchedLeadId: leadId, matchedAt: at } });
  }

  /** The lead's assignment that opened this opportunity, or else its latest one. */
  async assignmentFor(transaction: HandOffTransaction, leadId: string, opportunityId: string): Promise<WorkedAssignment | null> {
    const select = { leadId: true, assigneeKind: true, assigneeId: true, track: true };
    const latest = { orderBy: { id: 'desc' as const }, select };
    return (
      (await transaction.assignment.findFirst({ where: { leadId, opportunityId }, ...latest })) ??
      (await transaction.assignment.findFirst({ where: { leadId }, ...latest }))
    );
  }

  /** The lead with this e-mail that was assigned last, if any was. */
  async assignedLeadWithEmail(transaction: HandOffTransaction, emailHash: string): Promise<string | null> {
    const [assigned] = await transaction.$queryRaw<Array<{ leadId: string }>>`
      SELECT assignment.lead_id AS "leadId"
      FROM lead_profiles profile JOIN assignments assignment ON assignment.lead_id = profile.lead_id
      WHERE profile.email_hash = ${emailHash}
      ORDER BY assignment.assigned_at DESC
      LIMIT 1`;
    return assigned?.leadId ?? null;
  }
}
