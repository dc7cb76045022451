import { Injectable } from '@nestjs/common';
import { HandOffTransaction } from '../../database/hand-off-database';
import { RoutingDecision } from './domain/route-lead';

@Injectable()
export class AssignmentRepository {
  /** One assignment per qualified lead: false when the lead already has one. */
  async createIfAbsent(
    transaction: HandOffTransaction,
    assignmentId: string,
    leadId: string,
    decision: RoutingDecision,
    assignedAt: Date,
  ): Promise<boolean> {
    const { count } = await transaction.assignment.createMany({
      data: [
        {
          id: assignmentId,
          leadId,
          assigneeKind: decision.assignee.kind,
          assigneeId: decision.assignee.id,
          reasons: decision.reasons,
          acceptDueAt: decision.acceptDueAt,
          assignedAt,
        },
      ],
      skipDuplicates: true,
    });
    return count === 1;
  }
}
