import { Injectable } from '@nestjs/common';
import { ActivityType, FitGrade, LifecycleStage } from '@accord/contracts';
import { CommitTimeWrites } from '@accord/messaging';
import { ScoringDatabase, ScoringTransaction } from '../../database/scoring-database';
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

export interface MergedLead {
  lead: LockedLead;
  activities: ScoredActivity[];
}

type MergeRow = { erased: boolean; activities: { type: ActivityType; at: string; url: string | null }[] } & (LeadRow | { [Column in keyof LeadRow]: null });

/**
 * The upsert only merges into the row version this statement's snapshot saw (or into any, once the
 * snapshot is known to be younger than the lock): when another transaction changed the row in between,
 * the row is still locked but nothing is merged or returned, since activities it added are not in the snapshot.
 */
const mergeSql = `WITH seen AS (SELECT xmin AS version FROM lead_scores WHERE lead_id = $1::uuid),
  erasure AS (SELECT $5::boolean AND EXISTS (SELECT 1 FROM erased_leads WHERE lead_id = $1::uuid) AS erased),
  lead AS (
    INSERT INTO lead_scores (lead_id, stage, facts, fit_score, fit_grade, engagement_score, priority, model_version, explanation, scored_at)
    SELECT $1::uuid, 'lead', $2::jsonb, 0, 'D', 0, 0, '', '[]', $3::timestamptz FROM erasure WHERE NOT erasure.erased
    ON CONFLICT (lead_id) DO UPDATE SET facts = lead_scores.facts || EXCLUDED.facts
      WHERE $6::boolean OR lead_scores.xmin = (SELECT version FROM seen)
    RETURNING ${leadColumns}
  )
  SELECT erasure.erased, lead.*,
    (SELECT coalesce(json_agg(json_build_object('type', type, 'at', occurred_at, 'url', url) ORDER BY occurred_at, activity_id), '[]')
     FROM activities WHERE lead_id = $1::uuid AND occurred_at >= $4::timestamptz) AS activities
  FROM erasure LEFT JOIN lead ON true`;

const toMerged = (row: MergeRow): MergedLead => ({
  lead: toLead(row as LeadRow),
  activities: row.activities.map((activity) => ({ type: activity.type, occurredAt: new Date(activity.at), url: activity.url })),
});

interface ScoreSave {
  leadId: string;
  score: LeadScore;
  scoredAt: Date;
  cause: string;
}

/** Every score in the history, in the order given, and each lead's last one as its current score: one statement. */
async function writeScores(transaction: ScoringTransaction, saves: ScoreSave[]): Promise<void> {
  const rows = saves.map(({ leadId, score, scoredAt, cause }, position) => ({
    position,
    lead_id: leadId,
    cause,
    fit_score: score.fit.score,
    fit_grade: score.fit.grade,
    engagement_score: score.engagement.score,
    rule_priority: score.rulePriority,
    priority: score.priority,
    predicted_win_probability: score.predictedWinProbability,
    model_version: score.modelVersion,
    explanation: score.explanation,
    scored_at: scoredAt.toISOString(),
    priority_basis: score.priorityBasis,
    playbook_version: score.playbookVersion,
  }));
  await transaction.$executeRawUnsafe(
    `WITH saved AS (
       SELECT * FROM jsonb_to_recordset($1::jsonb) AS s(position int, lead_id uuid, cause text, fit_score int, fit_grade text,
         engagement_score int, rule_priority int, priority int, predicted_win_probability float8, model_version text,
         explanation jsonb, scored_at timestamptz, priority_basis text, playbook_version text)
     ),
     history AS (
       INSERT INTO score_history (lead_id, cause, fit_score, fit_grade, engagement_score, rule_priority, priority,
                                  predicted_win_probability, model_version, explanation, scored_at)
       SELECT lead_id, cause, fit_score, fit_grade, engagement_score, rule_priority, priority, predicted_win_probability,
              model_version, explanation, scored_at
       FROM saved ORDER BY position
     )
     UPDATE lead_scores SET fit_score = latest.fit_score, fit_grade = latest.fit_grade, engagement_score = latest.engagement_score,
       rule_priority = latest.rule_priority, priority = latest.priority, predicted_win_probability = latest.predicted_win_probability,
       model_version = latest.model_version, explanation = latest.explanation, scored_at = latest.scored_at,
       priority_basis = latest.priority_basis, playbook_version = latest.playbook_version
     FROM (SELECT DISTINCT ON (lead_id) * FROM saved ORDER BY lead_id, position DESC) AS latest
     WHERE lead_scores.lead_id = latest.lead_id`,
    JSON.stringify(rows),
  );
}

const scoreSaves = new CommitTimeWrites<ScoringTransaction, ScoreSave>(writeScores);

@Injectable()
export class LeadScoreRepository {
  constructor(private readonly database: ScoringDatabase) {}

  /**
   * Merges newly known facts into the lead (creating it as a new lead) and locks its row, so
   * concurrent re-scores of one lead apply one after the other, and reads its activities since a
   * moment in the same statement. Answers null, touching nothing, for an erased lead when asked to.
   */
  async mergeFactsAndLock(
    transaction: ScoringTransaction,
    leadId: string,
    facts: KnownFacts,
    now: Date,
    activitiesSince: Date,
    options: { unlessErased?: boolean } = {},
  ): Promise<MergedLead | null> {
    const merge = (snapshotAfterLock: boolean) =>
      transaction.$queryRawUnsafe<MergeRow[]>(mergeSql, leadId, JSON.stringify(facts), now, activitiesSince, options.unlessErased ?? false, snapshotAfterLock);
    const [merged] = await merge(false);
    if (merged.erased) return null;
    if (merged.stage !== null) return toMerged(merged);
    // Another transaction changed the row after this statement took its snapshot, and may have added
    // activities it could not see; the row is locked by now, so a second statement reads them.
    const [again] = await merge(true);
    if (again.erased) return null;
    if (again.stage === null) throw new Error(`lead ${leadId} was neither merged nor erased`);
    return toMerged(again);
  }

  async lock(transaction: ScoringTransaction, leadId: string): Promise<LockedLead | null> {
    const rows = await transaction.$queryRawUnsafe<LeadRow[]>(
      `SELECT ${leadColumns} FROM lead_scores WHERE lead_id = $1::uuid FOR UPDATE`,
      leadId,
    );
    return rows[0] ? toLead(rows[0]) : null;
  }

  /**
   * Stores the score as the lead's current one and in its history. In a transaction run by
   * `runInTransaction` the scores of all its leads leave together in one statement just before it
   * commits (the stage is not written here, so a stage change made meanwhile stands).
   */
  async saveScore(transaction: ScoringTransaction, leadId: string, score: LeadScore, scoredAt: Date, cause: string): Promise<void> {
    await scoreSaves.add(transaction, { leadId, score, scoredAt, cause });
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
