import { Injectable } from '@nestjs/common';
import { LifecycleStage } from '@accord/contracts';
import { Transactions } from '@accord/platform';
import { ScoringTransaction } from '../../database/scoring-database';
import { Clock } from '../clock/clock';
import { ActivityRepository } from '../leads/activity.repository';
import { LeadScoreRepository } from '../leads/lead-score.repository';
import { StageTransitionRepository } from '../leads/stage-transition.repository';
import { KnownFacts } from '../playbook/domain/fact-condition';
import { CurrentPlaybook } from '../playbook/playbook.module';
import { leadFeatures } from '../win-model/domain/lead-features';
import { WinModelPredictor } from '../win-model/win-model-predictor.service';
import { scoreLead } from './domain/score-lead';

const dayMs = 86_400_000;
const historyLength = 50;

/** The lead's score as of now (engagement decayed to this moment), with its explanation, history and stages. */
@Injectable()
export class ReadLeadScoreUseCase {
  constructor(
    private readonly leads: LeadScoreRepository,
    private readonly activities: ActivityRepository,
    private readonly transitions: StageTransitionRepository,
    private readonly predictor: WinModelPredictor,
    private readonly current: CurrentPlaybook,
    private readonly transactions: Transactions,
    private readonly clock: Clock,
  ) {}

  async execute(leadId: string) {
    const lead = await this.leads.find(leadId);
    if (!lead) return null;
    const { playbook } = this.current;
    const now = this.clock.now();
    const activities = await this.transactions.run((transaction: ScoringTransaction) =>
      this.activities.since(transaction, leadId, new Date(now.getTime() - playbook.engagement.lookbackDays * dayMs)),
    );
    const facts = lead.facts as KnownFacts;
    const prediction = this.predictor.predict(leadFeatures(facts, activities, now));
    const score = scoreLead({ facts, activities }, playbook, now, prediction);
    const [history, transitions] = await Promise.all([this.leads.history(leadId, historyLength), this.transitions.of(leadId, historyLength)]);
    return {
      leadId,
      stage: lead.stage as LifecycleStage,
      asOf: now.toISOString(),
      ...score,
      lastScoredAt: lead.scoredAt.toISOString(),
      history: history.map((entry) => ({
        scoredAt: entry.scoredAt.toISOString(),
        cause: entry.cause,
        modelVersion: entry.modelVersion,
        fit: { score: entry.fitScore, grade: entry.fitGrade },
        engagement: { score: entry.engagementScore },
        rulePriority: entry.rulePriority,
        priority: entry.priority,
        predictedWinProbability: entry.predictedWinProbability,
        explanation: entry.explanation,
      })),
      stages: transitions.map((entry) => ({
        from: entry.fromStage,
        to: entry.toStage,
        trigger: entry.trigger,
        reason: entry.reason,
        changedAt: entry.changedAt.toISOString(),
      })),
    };
  }
}
