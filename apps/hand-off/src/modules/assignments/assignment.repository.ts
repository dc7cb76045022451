import { Injectable } from '@nestjs/common';
import { Prisma } from '../../generated/prisma/client';
import { HandOffTransaction } from '../../database/hand-off-database';
import { openAssignmentStatuses } from './domain/assignment-lifecycle';
import { RoutingDecision } from './domain/route-lead';

export interface NewAssignment {
  id: string;
  leadId: string;
  qualifiedByEventId: string;
  decision: RoutingDecision;
  acceptDueAt: Date | null;
  assignedAt: Date;
}

@Injectable()
export class AssignmentRepository {
  /** True when the lead is still sales' to work, or this MQL was answered already: nothing to route. */
  async isRouted(transaction: HandOffTransaction, leadId: string, qualifiedByEventId: string): Promise<boolean> {
    const open = { leadId, status: { in: [...openAssignmentStatuses] } };
    return (await transaction.assignment.count({ where: { OR: [open, { qualifiedByEventId }] } })) > 0;
  }

  /** One assignment per MQL event: false when this event already has one. */
  async createForQualification(transaction: HandOffTransaction, assignment: NewAssignment): Promise<boolean> {
    const { decision } = assignment;
    const { count } = await transaction.assignment.createMany({
      data: [
        {
          id: assignment.id,
          leadId: assignment.leadId,
          qualifiedByEventId: assignment.qualifiedByEventId,
          assigneeKind: decision.assignee.kind,
          assigneeId: decision.assignee.id,
          teamId: decision.teamId,
          reasons: decision.reasons,
          acceptDueAt: assignment.acceptDueAt,
          assignedAt: assignment.assignedAt,
        },
      ],
      skipDuplicates: true,
    });
    return count === 1;
  }

  async recordDecision(
    transaction: HandOffTransaction,
    decision: RoutingDecision,
    context: { id: string; leadId: string; assignmentId: string; trigger: string; decidedAt: Date },
  ): Promise<void> {
    await transaction.routingDecision.create({
      data: {
        ...context,
        assigneeKind: decision.assignee.kind,
        assigneeId: decision.assignee.id,
        teamId: decision.teamId,
        ruleId: decision.ruleId,
        reasons: decision.reasons,
        candidates: decision.candidates as unknown as Prisma.InputJsonValue,
      },
    });
  }

  findById(transaction: HandOffTransaction, id: string) {
    return transaction.assignment.findUnique({ where: { id } });
  }

  /** Locks the assignment so a rep action and a firing timer never act on it at the same time. */
  async lock(transaction: HandOffTransaction, id: string) {
    await transaction.$queryRaw`SELECT id FROM assignments WHERE id = ${id}::uuid FOR UPDATE`;
    return this.findById(transaction, id);
  }

  /** The lead's open assignments, locked against rep actions and firing timers. */
  async lockOpen(transaction: HandOffTransaction, leadId: string): Promise<string[]> {
    const rows = await transaction.$queryRaw<Array<{ id: string }>>`
      SELECT id::text FROM assignments WHERE lead_id = ${leadId}::uuid AND status = ANY(${[...openAssignmentStatuses]}::text[]) FOR UPDATE`;
    return rows.map((row) => row.id);
  }

  async reassign(transaction: HandOffTransaction, id: string, repId: string, acceptDueAt: Date, at: Date): Promise<void> {
    await transaction.assignment.update({
      where: { id },
      data: { assigneeKind: 'rep', assigneeId: repId, acceptDueAt, assignedAt: at, status: 'assigned', statusAt: at },
    });
  }

  async setStatus(
    transaction: HandOffTransaction,
    id: string,
    change: {
      status: string;
      at: Date;
      opportunityId?: string;
      track?: string;
      assigneeId?: string;
      delegatedBy?: string;
      rejectionReason?: string;
      statusNote?: string | null;
    },
  ): Promise<void> {
    const { status, at, ...rest } = change;
    await transaction.assignment.update({ where: { id }, data: { status, statusAt: at, ...rest } });
  }
}
