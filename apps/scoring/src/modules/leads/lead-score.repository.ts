import { Injectable } from '@nestjs/common';
import { FitGrade, LifecycleStage } from '@accord/contracts';
import { ScoringDatabase, ScoringTransaction } from '../../database/scoring-database';
import { ActivityType } from '@accord/contracts';
import { KnownFacts } from '../playbook/domain/fact-condition';
import { ScoredActivity } from '../scores/domain/engagement-score';
import { LeadScore } from '../scores/domain/score-lead';

export interface LockedLead {
  stage: LifecycleStage;
  facts: KnownFacts;
  fitScore: number;
  fitGrade: FitGrade;
  engagementScore: number;
  priority: number;
  rulePriority: number;
  playbookVersion: string;
  stageChangedAt: Date | null;
}

interface LeadRow {
  stage: LifecycleStage;
  facts: KnownFacts;
  fit_score: number;
  fit_grade: FitGrade;
  engagement_score: number;
  priority: number;
  rule_priority: number;
  playbook_version: string;
  stage_changed_at: Date | null;
}

const leadColumns = 'stage, facts, fit_score, fit_grade, engagement_score, priority, rule_priority, playbook_version, stage_changed_at';

const toLead = (row: LeadRow): LockedLead => ({
  stage: row.stage,
  facts: row.facts,
  fitScore: row.fit_score,
  fitGrade: row.fit_grade,
  engagementScore: row.engagement_score,
  priority: row.priority,
  rulePriority: row.rule_priority,
  playbookVersion: row.playbook_version,
  stageChangedAt: row.stage_changed_at ? new Date(row.stage_changed_at) : null,
});

@Injectable()
export class LeadScoreRepository {
  constructor(private readonly database: ScoringDatabase) {}

  /**
   * Merges newly known facts into the lead (creating it as a new lead) and locks its row, so
   * concurrent re-scores of one lead apply one after the other. Activities are read in a second
   * statement on purpose: its snapshot is taken after the lock is held, so it sees what a
   * transaction that held the lock before us committed (one statement would read the older snapshot).
   */
  async mergeFactsAndLock(
    transaction: ScoringTransaction,
    leadId: string,
    facts: KnownFacts,
    now: Date,
    activitiesSince: Date,
  ): Promise<{ lead: LockedLead; activities: ScoredActivity[] }> {
    const rows = await transaction.$queryRawUnsafe<LeadRow[]>(
      `INSERT INTO lead_scores (lead_id, stage, facts, fit_score, fit_grade, engagement_score, priority, model_version, explanation, scored_at)
       VALUES ($1::uuid, 'lead', $2::jsonb, 0, 'D', 0, 0, '', '[]', $3)
       ON CONFLICT (lead_id) DO UPDATE SET facts = lead_scores.facts || EXCLUDED.facts
       RETURNING ${leadColumns}`,
      leadId,
      JSON.stringify(facts),
      now,
    );
    const activityRows = await transaction.$queryRawUnsafe<{ type: ActivityType; at: Date; url: string | null }[]>(
      'SELECT type, occurred_at AS at, url FROM activities WHERE lead_id = $1::uuid AND occurred_at >= $2',
      leadId,
      activitiesSince,
    );
    const activities = activityRows.map((row) => ({ type: row.type, occurredAt: new Date(row.at), url: row.url }));
    return { lead: toLead(rows[0]), activities };
  }

  async lock(transaction: ScoringTransaction, leadId: string): Promise<LockedLead | null> {
    const rows = await transaction.$queryRawUnsafe<LeadRow[]>(
      `SELECT ${leadColumns} FROM lead_scores WHERE lead_id = $1::uuid FOR UPDATE`,
      leadId,
    );
    return rows[0] ? toLead(rows[0]) : null;
  }

  /** Stores the score as the lead's current one and in its history, in one statement. */
  async saveScore(
    transaction: ScoringTransaction,
    leadId: string,
    stage: LifecycleStage,
    score: LeadScore,
    scoredAt: Date,
    cause: string,
  ): Promise<void> {
    await transaction.$executeRawUnsafe(
      `WITH history AS (
         INSERT INTO score_history (lead_id, cause, fit_score, fit_grade, engagement_score, rule_priority, priority,
                                    predicted_win_probability, model_version, explanation, scored_at)
         VALUES ($1::uuid, $2, $3, $4, $5, $6, $7, $8, $9, $10::jsonb, $11)
       )
       UPDATE lead_scores SET stage = $12, fit_score = $3, fit_grade = $4, engagement_score = $5, rule_priority = $6,
         priority = $7, predicted_win_probability = $8, model_version = $9, explanation = $10::jsonb, scored_at = $11,
         priority_basis = $13, playbook_version = $14,
         stage_changed_at = CASE WHEN stage = $12 THEN stage_changed_at ELSE $11 END
       WHERE lead_id = $1::uuid`,
      leadId,
      cause,
      score.fit.score,
      score.fit.grade,
      score.engagement.score,
      score.rulePriority,
      score.priority,
      score.predictedWinProbability,
      score.modelVersion,
      JSON.stringify(score.explanation),
      scoredAt,
      stage,
      score.priorityBasis,
      score.playbookVersion,
    );
  }

  async setStage(transaction: ScoringTransaction, leadId: string, stage: LifecycleStage, changedAt: Date): Promise<void> {
    await transaction.$executeRawUnsafe(
      'UPDATE lead_scores SET stage = $2, stage_changed_at = $3 WHERE lead_id = $1::uuid',
      leadId,
      stage,
      changedAt,
    );
  }

  /** Lead ids after a cursor, in order, optionally only those in some stages: for sweeps in batches. */
  async leadIdsAfter(cursor: string | null, limit: number, stages?: LifecycleStage[]): Promise<string[]> {
    const rows = await this.database.$queryRawUnsafe<{ lead_id: string }[]>(
      `SELECT lead_id::text FROM lead_scores
       WHERE ($1::uuid IS NULL OR lead_id > $1::uuid) AND ($2::text[] IS NULL OR stage = ANY($2::text[]))
       ORDER BY lead_id LIMIT $3`,
      cursor,
      stages ?? null,
      limit,
    );
    return rows.map((row) => row.lead_id);
  }

  async find(leadId: string) {
    return this.database.leadScore.findUnique({ where: { leadId } });
  }

  async history(leadId: string, limit: number) {
    return this.database.scoreHistory.findMany({ where: { leadId }, orderBy: { id: 'desc' }, take: limit });
  }
}
