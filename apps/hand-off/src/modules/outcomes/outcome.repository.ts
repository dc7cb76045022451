import { Injectable } from '@nestjs/common';
import { Prisma } from '../../generated/prisma/client';
import { HandOffTransaction } from '../../database/hand-off-database';
import { OutcomeReport, WorkedAssignment } from './domain/closed-opportunity';
import { lockPendingOutcomes, outcomeColumns, OutcomeRow, pendingOfEach, StoredOutcome, toStored } from './pending-outcomes';

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
   * Serialises matching for each lead and each e-mail: an outcome recorded for a lead (or an e-mail) and an
   * assignment of that lead (or of a lead with that e-mail) wait for each other, so whichever commits second
   * sees the first (its statements start after the lock is granted) and no outcome stays pending beside an
   * assignment that would have matched it. The e-mails of the leads' profiles are locked too. All keys are
   * taken in one order, so two transactions locking some of the same never wait for each other in a circle.
   */
  async lockMatchingFor(transaction: HandOffTransaction, leadIds: string[], emailHashes: string[] = []): Promise<void> {
    const keys = [
      ...leadIds.map((leadId) => `outcome-matching:${leadId.toLowerCase()}`),
      ...emailHashes.map((hash) => `outcome-matching-email:${hash}`),
    ];
    await transaction.$queryRaw`
      SELECT count(*)::int AS locked FROM (
        SELECT pg_advisory_xact_lock(hashtextextended(key, 0)) FROM (
          SELECT unnest(${keys}::text[]) AS key
          UNION
          SELECT 'outcome-matching-email:' || email_hash FROM lead_profiles WHERE lead_id = ANY(${leadIds}::uuid[]) AND email_hash IS NOT NULL
          ORDER BY 1
        ) AS keys
      ) AS locks`;
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
   * The unmatched outcomes that name each lead or its e-mail, oldest first, locked so only one transaction
   * matches each; an outcome that names several of the leads is answered for the first of them only.
   */
  async lockPendingFor(transaction: HandOffTransaction, leadIds: string[]): Promise<StoredOutcome[][]> {
    const rows = await transaction.$queryRaw<Array<OutcomeRow & { position: bigint }>>`
      SELECT asked.position, pending.*
      FROM unnest(${leadIds}::uuid[]) WITH ORDINALITY AS asked(lead_id, position),
           LATERAL (${lockPendingOutcomes(Prisma.sql`asked.lead_id`, Prisma.sql`(SELECT email_hash FROM lead_profiles WHERE lead_profiles.lead_id = asked.lead_id)`)}) AS pending
      ORDER BY asked.position, pending."receivedAt"`;
    return pendingOfEach(rows, leadIds.length);
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
