import { Injectable, Logger } from '@nestjs/common';
import { EventEnvelope, LifecycleStage } from '@accord/contracts';
import { Outbox } from '@accord/messaging';
import { ScoringTransaction } from '../../database/scoring-database';
import { StageTransitionRepository } from '../leads/stage-transition.repository';
import { KnownFacts } from '../playbook/domain/fact-condition';
import { routingFactsSnapshot } from './domain/routing-facts-snapshot';
import { StageTrigger, transition } from './domain/stage-machine';
import { countStageTransition } from './stage-metrics';

/** Applies one trigger to a lead whose row the caller holds locked: legal moves are stored and published, others refused. */
@Injectable()
export class ChangeStageUseCase {
  private readonly logger = new Logger(ChangeStageUseCase.name);

  constructor(
    private readonly transitions: StageTransitionRepository,
    private readonly outbox: Outbox,
  ) {}

  async execute(
    transaction: ScoringTransaction,
    leadId: string,
    from: LifecycleStage,
    trigger: StageTrigger,
    reason: string,
    at: Date,
    cause?: EventEnvelope,
    /** What the lead was scored on: an MQL carries its routing facts, so hand-off never routes on less. */
    facts?: KnownFacts,
  ): Promise<LifecycleStage> {
    const result = transition(from, trigger);
    if (!result.applied) {
      this.logger.warn({ leadId, from, trigger, causeEventId: cause?.id, refusal: result.refusal }, 'illegal stage transition refused');
      return from;
    }
    await this.transitions.move(transaction, leadId, from, result.to, trigger, reason, at);
    await this.outbox.append(
      transaction,
      'scoring.lead.stage-changed.v1',
      {
        leadId,
        from,
        to: result.to,
        reason,
        changedAt: at.toISOString(),
        ...(result.to === 'mql' && facts && { routingFacts: routingFactsSnapshot(facts) }),
      },
      cause,
    );
    countStageTransition(transaction, from, result.to);
    return result.to;
  }
}
