import { Injectable } from '@nestjs/common';
import { HandOffTransaction } from '../../database/hand-off-database';
import { OutcomeReport, WorkedAssignment } from './domain/closed-opportunity';

export interface NewOutcome extends OutcomeReport {
  id: string;
  externalId: string;
  leadId: string | null;
  emailHash: string | null;
  channel: string;
  receivedAt: Date;
}

export interface StoredOutcome extends OutcomeReport {
  id: string;
  externalId: string;
  matchedLeadId: string | null;
}

type OutcomeRow = NonNullable<Awaited<ReturnType<HandOffTransaction['opportunityOutcome']['findUnique']>>>;

const toStored = (row: OutcomeRow): StoredOutcome => ({
  id: row.id,
  externalId: row.externalId,
  matchedLeadId: row.matchedLeadId,
  opportunityId: row.opportunityId,
  outcome: row.outcome === 'won' ? 'won' : 'lost',
  amount: { amountMinor: Number(row.amountMinor), currency: row.currency },
  closedAt: row.closedAt.toISOString(),
  lostReason: row.lostReason,
});

@Injectable()
export class OutcomeRepository {
  /** Null when this report was received before: the sales tool sent it again. */
  async createIfNew(transaction: HandOffTransaction, outcome: NewOutcome): Promise<StoredOutcome | null> {
    const { count } = await transaction.opportunityOutcome.createMany({
      data: [
        {
          id: outcome.id,
          externalId: outcome.externalId,
          leadId: outcome.leadId,
          emailHash: outcome.emailHash,
          opportunityId: outcome.opportunityId,
          outcome: outcome.outcome,
          amountMinor: BigInt(outcome.amount.amountMinor),
          currency: outcome.amount.currency,
          closedAt: new Date(outcome.closedAt),
          lostReason: outcome.lostReason,
          channel: outcome.channel,
          receivedAt: outcome.receivedAt,
        },
      ],
      skipDuplicates: true,
    });
    if (count === 0) return null;
    return toStored(await transaction.opportunityOutcome.findUniqueOrThrow({ where: { id: outcome.id } }));
  }

  async findByExternalId(transaction: HandOffTransaction, externalId: string): Promise<StoredOutcome | null> {
    const row = await transaction.opportunityOutcome.findUnique({ where: { externalId } });
    return row ? toStored(row) : null;
  }

  /** Unmatched outcomes that name this lead or its e-mail, locked so only one transaction matches each. */
  async lockPendingFor(transaction: HandOffTransaction, leadId: string, emailHash: string | null): Promise<StoredOutcome[]> {
    const ids = await transaction.$queryRaw<Array<{ id: string }>>`
      SELECT id FROM opportunity_outcomes
      WHERE matched_at IS NULL AND (lead_id = ${leadId}::uuid OR (${emailHash}::text IS NOT NULL AND email_hash = ${emailHash}))
      ORDER BY received_at
      FOR UPDATE SKIP LOCKED`;
    if (ids.length === 0) return [];
    const rows = await transaction.opportunityOutcome.findMany({ where: { id: { in: ids.map((row) => row.id) } }, orderBy: { receivedAt: 'asc' } });
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

  async assignedLeadWithEmail(transaction: HandOffTransaction, emailHash: string): Promise<string | null> {
    const profiles = await transaction.leadProfile.findMany({ where: { emailHash }, select: { leadId: true } });
    if (profiles.length === 0) return null;
    const assignment = await transaction.assignment.findFirst({
      where: { leadId: { in: profiles.map((profile) => profile.leadId) } },
      orderBy: { assignedAt: 'desc' },
      select: { leadId: true },
    });
    return assignment?.leadId ?? null;
  }

  async emailHashOf(transaction: HandOffTransaction, leadId: string): Promise<string | null> {
    const profile = await transaction.leadProfile.findUnique({ where: { leadId }, select: { emailHash: true } });
    return profile?.emailHash ?? null;
  }
}
