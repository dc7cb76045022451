import { Injectable } from '@nestjs/common';
import { ActivityType, FitGrade, LifecycleStage } from '@accord/contracts';
import { CommitTimeWrites } from '@accord/messaging';
import { ScoringDatabase, ScoringTransaction } from '../../database/scoring-database';
import { KnownFacts } from '../playbook/domain/fact-condition';
import { ScoredActivity } from '../scores/domain/engagement-score';
import { LeadScore } from '../scores/domain/score-lead';
import { StageTransitionRepository } from './stage-transition.repository';

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

type MergeRow = { position: number; erased: boolean; activities: { type: ActivityType; at: string; url: string | null }[] } & (
  | LeadRow
  | { [Column in keyof LeadRow]: null }
);

/** Facts newly known about a lead, to merge into it as it is locked, with the moments the merge is for. */
export interface FactsMerge {
  leadId: string;
  facts: KnownFacts;
  now: Date;
  activitiesSince: Date;
  /** An erased lead is answered as null and left untouched. */
  unlessErased?: boolean;
}

/**
 * Each upsert only merges into the row version this statement's snapshot saw (or into any, once the
 * snapshot is known to be younger than the lock): when another transaction changed the row in between,
 * the row is still locked but nothing is merged or returned, since activities it added are not in the
 * snapshot. Rows are locked in lead id order; answers come in the order asked.
 */
const mergeSql = `WITH asked AS (
    SELECT * FROM jsonb_to_recordset($1::jsonb)
      AS a(position int, lead_id uuid, reported jsonb, now timestamptz, activities_since timestamptz, unless_erased boolean)
  ),
  seen AS (SELECT lead_id, xmin AS version FROM lead_scores WHERE lead_id IN (SELECT lead_id FROM asked)),
  erasure AS (
    SELECT asked.lead_id, asked.unless_erased AND EXISTS (SELECT 1 FROM erased_leads e WHERE e.lead_id = asked.lead_id) AS erased FROM asked
  ),
  lead AS (
    INSERT INTO lead_scores (lead_id, stage, facts, fit_score, fit_grade, engagement_score, priority, model_version, explanation, scored_at)
    SELECT asked.lead_id, 'lead', asked.reported, 0, 'D', 0, 0, '', '[]', asked.now FROM asked JOIN erasure USING (lead_id)
    WHERE NOT erasure.erased
    ORDER BY asked.lead_id
    ON CONFLICT (lead_id) DO UPDATE SET facts = lead_scores.facts || EXCLUDED.facts
      WHERE $2::boolean OR lead_scores.xmin = (SELECT version FROM seen WHERE seen.lead_id = lead_scores.lead_id)
    RETURNING lead_id, ${leadColumns}
  )
  SELECT asked.position, erasure.erased, ${leadColumns},
    (SELECT coalesce(json_agg(json_build_object('type', type, 'at', occurred_at, 'url', url) ORDER BY occurred_at, activity_id), '[]')
     FROM activities WHERE activities.lead_id = asked.lead_id AND occurred_at >= asked.activities_since) AS activities
  FROM asked JOIN erasure USING (lead_id) LEFT JOIN lead USING (lead_id)
  ORDER BY asked.position`;

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
  constructor(
    private readonly database: ScoringDatabase,
    private readonly transitions: StageTransitionRepository,
  ) {}

  /**
   * Merges newly known facts into the lead (creating it as a new lead) and locks its row, so
   * concurrent re-scores of one lead apply one after the other, and reads its activities since a
   * moment in the same statement. Answers null, touching nothing, for an erased lead when asked to.
   */
  async mergeFactsAndLock(transaction: ScoringTransaction, merge: FactsMerge): Promise<MergedLead | null> {
    const [merged] = await this.mergeFactsAndLockOf(transaction, [merge]);
    return merged;
  }

  /** `mergeFactsAndLock` for several leads (each once) in one statement, answering in the order asked. */
  async mergeFactsAndLockOf(transaction: ScoringTransaction, merges: FactsMerge[]): Promise<Array<MergedLead | null>> {
    await this.transitions.written(transaction);
    const ask = (positions: number[], snapshotAfterLock: boolean) => {
      const rows = positions.map((position) => {
        const { leadId, facts, now, activitiesSince, unlessErased } = merges[position];
        return { position, lead_id: leadId, reported: facts, now, activities_since: activitiesSince, unless_erased: unlessErased ?? false };
      });
      return transaction.$queryRawUnsafe<MergeRow[]>(mergeSql, JSON.stringify(rows), snapshotAfterLock);
    };
    const answers: Array<MergedLead | null> = merges.map(() => null);
    const unanswered: number[] = [];
    for (const row of await ask(merges.map((_, position) => position), false)) {
      if (row.stage !== null) answers[row.position] = toMerged(row);
      else if (!row.erased) unanswered.push(row.position);
    }
    if (unanswered.length === 0) return answers;
    // Another transaction changed these rows after the statement took its snapshot, and may have added
    // activities it could not see; the rows are locked by now, so a second statement reads them.
    for (const row of await ask(unanswered, true)) {
      if (row.stage !== null) answers[row.position] = toMerged(row);
      else if (!row.erased) throw new Error(`lead ${merges[row.position].leadId} was neither merged nor erased`);
    }
    return answers;
  }

  async lock(transaction: ScoringTransaction, leadId: string): Promise<LockedLead | null> {
    await this.transitions.written(transaction);
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
