import { Injectable } from '@nestjs/common';
import { Prisma } from '../../generated/prisma/client';
import { HandOffTransaction } from '../../database/hand-off-database';
import { RoutingDecision } from './domain/route-lead';

export interface NewAssignment {
  id: string;
  leadId: string;
  decision: RoutingDecision;
  acceptDueAt: Date | null;
  assignedAt: Date;
}

@Injectable()
export class AssignmentRepository {
  /** One assignment per qualified lead: false when the lead already has one. */
  async createIfAbsent(transaction: HandOffTransaction, assignment: NewAssignment): Promise<boolean> {
    const { decision } = assignment;
    const { count } = await transaction.assignment.createMany({
      data: [
        {
          id: assignment.id,
          leadId: assignment.leadId,
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
