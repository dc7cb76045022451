import { Injectable } from '@nestjs/common';
import { AccordEvent } from '@accord/contracts';
import { HandOffTransaction } from '../../database/hand-off-database';
import { SlaTimerRepository } from '../sla/sla-timer.repository';
import { AssignmentRepository } from './assignment.repository';
import { closesOpenAssignment } from './domain/assignment-lifecycle';

/** Scoring gave the lead back to marketing (decay): its open assignment is closed and its SLA clock stopped. */
@Injectable()
export class WithdrawAssignmentUseCase {
  constructor(
    private readonly assignments: AssignmentRepository,
    private readonly timers: SlaTimerRepository,
  ) {}

  async execute(stageChanged: AccordEvent<'scoring.lead.stage-changed.v1'>, transaction: HandOffTransaction): Promise<void> {
    const { leadId, to, reason } = stageChanged.payload;
    if (!closesOpenAssignment(to)) return;
    const now = new Date();
    for (const assignmentId of await this.assignments.lockOpen(transaction, leadId)) {
      await this.assignments.setStatus(transaction, assignmentId, {
        status: 'withdrawn',
        at: now,
        statusNote: `scoring moved the lead to ${to}: ${reason}`,
      });
      await this.timers.cancelPending(transaction, assignmentId, now);
    }
  }
}
