import { Injectable } from '@nestjs/common';
import { AccordEvent } from '@accord/contracts';
import { Outbox } from '@accord/messaging';
import { ScoringTransaction } from '../../database/scoring-database';
import { defaultFitModel } from './domain/fit-model';
import { nextStage, scoreLead } from './domain/score-lead';
import { LeadScoreRepository } from './lead-score.repository';

@Injectable()
export class ScoreLeadUseCase {
  constructor(
    private readonly scores: LeadScoreRepository,
    private readonly outbox: Outbox,
  ) {}

  async execute(enriched: AccordEvent<'enrichment.lead.enriched.v1'>, transaction: ScoringTransaction): Promise<void> {
    const { leadId, facts } = enriched.payload;
    const now = new Date();
    const score = scoreLead(facts, defaultFitModel);
    const from = await this.scores.currentStage(transaction, leadId);
    const to = nextStage(from, score, defaultFitModel);
    await this.scores.save(transaction, leadId, to, score, now);
    await this.outbox.append(
      transaction,
      'scoring.lead.scored.v1',
      {
        leadId,
        modelVersion: score.modelVersion,
        fit: { score: score.fitScore, grade: score.fitGrade },
        engagement: { score: score.engagementScore },
        priority: score.priority,
        explanation: score.explanation,
        scoredAt: now.toISOString(),
      },
      enriched,
    );
    if (to !== from) {
      const reason = `fit score ${score.fitScore} reached the MQL threshold ${defaultFitModel.mqlThreshold}`;
      await this.outbox.append(
        transaction,
        'scoring.lead.stage-changed.v1',
        { leadId, from, to, reason, changedAt: now.toISOString() },
        enriched,
      );
    }
  }
}
