import { Injectable } from '@nestjs/common';
import { LifecycleStage } from '@accord/contracts';
import { ScoringTransaction } from '../../database/scoring-database';
import { LeadScoreResult } from './domain/score-lead';

@Injectable()
export class LeadScoreRepository {
  /** Locks the lead's row so concurrent re-scores of one lead apply one after the other. */
  async currentStage(transaction: ScoringTransaction, leadId: string): Promise<LifecycleStage> {
    const rows = await transaction.$queryRawUnsafe<{ stage: LifecycleStage }[]>(
      'SELECT stage FROM lead_scores WHERE lead_id = $1::uuid FOR UPDATE',
      leadId,
    );
    return rows[0]?.stage ?? 'lead';
  }

  async save(
    transaction: ScoringTransaction,
    leadId: string,
    stage: LifecycleStage,
    score: LeadScoreResult,
    scoredAt: Date,
  ): Promise<void> {
    const data = {
      stage,
      fitScore: score.fitScore,
      fitGrade: score.fitGrade,
      engagementScore: score.engagementScore,
      priority: score.priority,
      modelVersion: score.modelVersion,
      explanation: score.explanation.map((contribution) => ({ ...contribution })),
      scoredAt,
    };
    await transaction.leadScore.upsert({ where: { leadId }, create: { leadId, ...data }, update: data });
  }
}
