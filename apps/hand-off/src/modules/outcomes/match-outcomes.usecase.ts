import { Injectable } from '@nestjs/common';
import { EventEnvelope } from '@accord/contracts';
import { ChunkWideStatement } from '@accord/messaging';
import { HandOffTransaction } from '../../database/hand-off-database';
import { HandOffEvents } from '../webhooks/hand-off-events';
import { closedOpportunity } from './domain/closed-opportunity';
import { OutcomeRepository } from './outcome.repository';
import { StoredOutcome } from './pending-outcomes';

/** Publishes the outcomes that were waiting for a lead as soon as hand-off knows that lead's assignment. */
@Injectable()
export class MatchOutcomesUseCase {
  /** Each lead's matching lock, then its pending outcomes: for a chunk's leads, two statements in all. */
  private readonly lockedPending = new ChunkWideStatement<HandOffTransaction, string, StoredOutcome[]>(
    async (transaction, leadIds) => {
      await this.outcomes.lockMatchingFor(transaction, leadIds);
      return this.outcomes.lockPendingFor(transaction, leadIds);
    },
    (leadId) => leadId.toLowerCase(),
  );

  constructor(
    private readonly outcomes: OutcomeRepository,
    private readonly events: HandOffEvents,
  ) {}

  /** Takes the matching locks of leads the transaction is about to match for, and reads their pending outcomes, ahead of any other lock it needs. */
  async prepare(transaction: HandOffTransaction, leadIds: string[]): Promise<void> {
    await this.lockedPending.askAhead(transaction, leadIds);
  }

  /**
   * `upcoming` are leads the transaction matches for next (each lead's next event in its chunk): they are
   * locked and read in the same statements, and their own calls ask nothing more.
   */
  async forLead(transaction: HandOffTransaction, leadId: string, cause?: EventEnvelope, upcoming: string[] = []): Promise<number> {
    const pending = await this.lockedPending.answer(transaction, leadId, upcoming);
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
