import { Injectable } from '@nestjs/common';
import { EventEnvelope } from '@accord/contracts';
import { ChunkWideStatement, Outbox } from '@accord/messaging';
import { ScoringTransaction } from '../../database/scoring-database';
import { Clock } from '../clock/clock';
import { FactsMerge, LeadScoreRepository, LockedLead, MergedLead } from '../leads/lead-score.repository';
import { ChangeStageUseCase } from '../lifecycle/change-stage.usecase';
import { scoreTrigger } from '../lifecycle/domain/score-trigger';
import { KnownFacts } from '../playbook/domain/fact-condition';
import { CurrentPlaybook } from '../playbook/playbook.module';
import { leadFeatures } from '../win-model/domain/lead-features';
import { WinModelPredictor } from '../win-model/win-model-predictor.service';
import { LeadScore, scoreLead } from './domain/score-lead';

export interface ScoreRequest {
  leadId: string;
  cause: 'enriched' | 'activity' | 'decay' | 'playbook-change' | 'operator';
  /** Facts newly known about the lead, merged over what was known. */
  facts?: KnownFacts;
  causeEvent?: EventEnvelope;
  /** Re-scores that only reflect passing time publish nothing unless a number moved. */
  onlyWhenChanged?: boolean;
  /** Facts sent before the lead's erasure must not bring it back: an erased lead is left untouched. */
  unlessErased?: boolean;
}

const dayMs = 86_400_000;

/** A merge an event asks for. */
type EventFactsMerge = FactsMerge & { eventId: string };

const sameNumbers = (lead: LockedLead, score: LeadScore) =>
  lead.fitScore === score.fit.score &&
  lead.engagementScore === score.engagement.score &&
  lead.priority === score.priority &&
  lead.playbookVersion === score.playbookVersion;

/** Re-scores one lead in the caller's transaction, publishes the score, and moves its stage when a threshold is crossed. */
@Injectable()
export class ScoreLeadUseCase {
  private readonly mergedAhead = new ChunkWideStatement<ScoringTransaction, EventFactsMerge, MergedLead | null>(
    (transaction, merges) => this.leads.mergeFactsAndLockOf(transaction, merges),
    (merge) => `${merge.eventId}/${merge.leadId}`,
  );

  constructor(
    private readonly leads: LeadScoreRepository,
    private readonly changeStage: ChangeStageUseCase,
    private readonly predictor: WinModelPredictor,
    private readonly current: CurrentPlaybook,
    private readonly outbox: Outbox,
    private readonly clock: Clock,
  ) {}

  /**
   * Answers null when the lead was erased and the request asked to leave erased leads alone. `upcoming`
   * are the requests the transaction makes next for the events of its chunk (each lead's next): their
   * leads are merged and locked in the same statement as this one's.
   */
  async execute(transaction: ScoringTransaction, request: ScoreRequest, upcoming: ScoreRequest[] = []): Promise<LeadScore | null> {
    const { playbook } = this.current;
    const { leadId } = request;
    const now = this.clock.now();
    const since = new Date(now.getTime() - playbook.engagement.lookbackDays * dayMs);
    const mergeOf = (asked: ScoreRequest): FactsMerge => ({ leadId: asked.leadId, facts: asked.facts ?? {}, now, activitiesSince: since, unlessErased: asked.unlessErased });
    const eventMerges = (asked: ScoreRequest): EventFactsMerge[] => (asked.causeEvent ? [{ ...mergeOf(asked), eventId: asked.causeEvent.id }] : []);
    const [eventMerge] = eventMerges(request);
    const merged = eventMerge
      ? await this.mergedAhead.answer(transaction, eventMerge, upcoming.flatMap(eventMerges))
      : await this.leads.mergeFactsAndLock(transaction, mergeOf(request));
    if (!merged) return null;
    const { lead, activities } = merged;
    const prediction = this.predictor.hasModel ? this.predictor.predict(leadFeatures(lead.facts, activities, now)) : undefined;
    const score = scoreLead({ facts: lead.facts, activities }, playbook, now, prediction);
    if (!(request.onlyWhenChanged && sameNumbers(lead, score))) {
      await this.leads.saveScore(transaction, leadId, score, now, request.cause);
      await this.outbox.append(
        transaction,
        'scoring.lead.scored.v1',
        {
          leadId,
          modelVersion: score.modelVersion,
          fit: score.fit,
          engagement: score.engagement,
          priority: score.priority,
          explanation: score.explanation.map(({ rule, dimension, points }) => ({ rule, dimension, points })),
          predictedWinProbability: score.predictedWinProbability,
          scoredAt: now.toISOString(),
        },
        request.causeEvent,
      );
    }
    const lastActivityAt = activities.reduce<Date | null>((last, a) => (last === null || a.occurredAt > last ? a.occurredAt : last), null);
    const trigger = scoreTrigger(lead.stage, score, playbook, { stageChangedAt: lead.stageChangedAt, lastActivityAt });
    if (trigger) {
      await this.changeStage.execute(transaction, leadId, lead.stage, trigger.trigger, trigger.reason, now, request.causeEvent, lead.facts);
    }
    return score;
  }
}
