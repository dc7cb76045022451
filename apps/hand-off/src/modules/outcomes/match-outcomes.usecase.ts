import { Injectable } from '@nestjs/common';
import { EventEnvelope } from '@accord/contracts';
import { HandOffTransaction } from '../../database/hand-off-database';
import { HandOffEvents } from '../webhooks/hand-off-events';
import { closedOpportunity, WorkedAssignment } from './domain/closed-opportunity';
import { OutcomeRepository } from './outcome.repository';

/** Publishes the outcomes that were waiting for a lead as soon as hand-off knows that lead's assignment. */
@Injectable()
export class MatchOutcomesUseCase {
  constructor(
    private readonly outcomes: OutcomeRepository,
    private readonly events: HandOffEvents,
  ) {}

  /** `known` spares the lookups when the caller already holds the lead's assignment and e-mail hash. */
  async forLead(
    transaction: HandOffTransaction,
    leadId: string,
    cause?: EventEnvelope,
    known?: { assignment: WorkedAssignment; emailHash: string | null },
  ): Promise<number> {
    const emailHash = known ? known.emailHash : await this.outcomes.emailHashOf(transaction, leadId);
    const pending = await this.outcomes.lockPendingFor(transaction, leadId, emailHash);
    if (pending.length === 0) return 0;
    const assignment = known?.assignment ?? (await this.outcomes.assignmentOf(transaction, leadId));
    if (!assignment) return 0;
    const now = new Date();
    for (const outcome of pending) {
      await this.outcomes.markMatched(transaction, outcome.id, leadId, now);
      await this.events.publish(transaction, 'hand-off.opportunity.closed.v1', closedOpportunity(outcome, assignment), cause);
    }
    return pending.length;
  }
}
