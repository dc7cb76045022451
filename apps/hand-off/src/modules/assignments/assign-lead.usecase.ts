import { Injectable } from '@nestjs/common';
import { uuidv7 } from 'uuidv7';
import { AccordEvent } from '@accord/contracts';
import { Outbox } from '@accord/messaging';
import { HandOffTransaction } from '../../database/hand-off-database';
import { defaultFallbackRouting, routeLead } from './domain/route-lead';
import { AssignmentRepository } from './assignment.repository';

@Injectable()
export class AssignLeadUseCase {
  constructor(
    private readonly assignments: AssignmentRepository,
    private readonly outbox: Outbox,
  ) {}

  async execute(stageChanged: AccordEvent<'scoring.lead.stage-changed.v1'>, transaction: HandOffTransaction) {
    const { leadId, to, changedAt } = stageChanged.payload;
    if (to !== 'mql') return;
    const assignedAt = new Date();
    const decision = routeLead(new Date(changedAt), defaultFallbackRouting);
    const assignmentId = uuidv7();
    if (!(await this.assignments.createIfAbsent(transaction, assignmentId, leadId, decision, assignedAt))) return;
    await this.outbox.append(
      transaction,
      'hand-off.lead.assigned.v1',
      {
        leadId,
        assignmentId,
        assignee: decision.assignee,
        reasons: decision.reasons,
        acceptDueAt: decision.acceptDueAt.toISOString(),
        assignedAt: assignedAt.toISOString(),
      },
      stageChanged,
    );
  }
}
