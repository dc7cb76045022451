import { Injectable } from '@nestjs/common';
import { EventEnvelope } from '@accord/contracts';
import { HandOffTransaction } from '../../database/hand-off-database';
import { HandOffEvents } from '../webhooks/hand-off-events';
import { closedOpportunity } from './domain/closed-opportunity';
import { OutcomeRepository } from './outcome.repository';
import { StoredOutcome } from './pending-outcomes';

/** Publishes the outcomes that were waiting for a lead as soon as hand-off knows that lead's assignment. */
@Injectable()
export class MatchOutcomesUseCase {
  constructor(
    private readonly outcomes: OutcomeRepository,
    private readonly events: HandOffEvents,
  ) {}

  /** `known` spares the lookup when the caller already holds the lead's e-mail hash. */
  async forLead(transaction: HandOffTransaction, leadId: string, cause?: EventEnvelope, known?: { emailHash: string | null }): Promise<number> {
    await this.outcomes.lockMatchingFor(transaction, leadId);
    const pending = await this.outcomes.lockPendingFor(transaction, leadId, known);
    return this.matchLocked(transaction, leadId, pending, cause);
  }

  /** For callers that locked the lead's pending outcomes in a statement of their own. */
  async matchLocked(transaction: HandOffTransaction, leadId: string, pending: StoredOutcome[], cause?: EventEnvelope): Promise<number> {
    let matched = 0;
    const now = new Date();
    for (const outcome of pending) {
      // A lead routed more than once: the assignment that opened the opportunity is the one credited.
      const assignment = await this.outcomes.assignmentFor(transaction, leadId, outcome.opportunityId);
      if (!assignment) continue;
      matched += 1;
      await this.outcomes.markMatched(transaction, outcome.id, leadId, now);
      await this.events.publish(transaction, 'hand-off.opportunity.closed.v1', closedOpportunity(outcome, assignment), cause);
    }
    return matched;
  }
}
