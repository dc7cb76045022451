import { Injectable } from '@nestjs/common';
import { Activity, EventEnvelope } from '@accord/contracts';
import { ChunkWideStatement } from '@accord/messaging';
import { ScoringTransaction } from '../../database/scoring-database';
import { ActivityRepository } from '../leads/activity.repository';
import { ScoreLeadUseCase, ScoreRequest } from '../scores/score-lead.usecase';

export interface RecordedActivities {
  recorded: number;
  duplicates: number;
  leadsRescored: number;
}

/** The activities one event reports. */
export interface ReportedActivities {
  activities: readonly Activity[];
  cause: EventEnvelope;
}

const leadsOf = (activities: readonly Activity[]) => [...new Set(activities.map((activity) => activity.leadId))].sort();

/** Stores new activities and re-scores each lead they belong to once; a repeated activity changes nothing. */
@Injectable()
export class RecordActivitiesUseCase {
  /** Which of each report's activities were new, for a chunk's reports in one statement (an activity in two, for the first). */
  private readonly recordedAhead = new ChunkWideStatement<ScoringTransaction, ReportedActivities, Set<string>>(
    async (transaction, reports) => {
      const fresh = await this.activities.recordNew(transaction, reports.flatMap((report) => report.activities));
      return reports.map((report) => {
        const firstSeen = new Set(report.activities.map((activity) => activity.activityId).filter((id) => fresh.has(id)));
        firstSeen.forEach((id) => fresh.delete(id));
        return firstSeen;
      });
    },
    (report) => report.cause.id,
  );

  constructor(
    private readonly activities: ActivityRepository,
    private readonly scoreLead: ScoreLeadUseCase,
  ) {}

  async execute(transaction: ScoringTransaction, activities: readonly Activity[], cause?: EventEnvelope): Promise<RecordedActivities> {
    return this.rescore(transaction, activities, await this.activities.recordNew(transaction, activities), cause);
  }

  /**
   * `execute` for the activities an event reports; `upcoming` are the reports of the events the
   * transaction applies next (each lead's next in its chunk): their activities are stored in the same
   * statement, and their leads merged and locked in the same statement as this one's.
   */
  async fromEvent(transaction: ScoringTransaction, reported: ReportedActivities, upcoming: ReportedActivities[] = []): Promise<RecordedActivities> {
    const fresh = await this.recordedAhead.answer(transaction, reported, upcoming);
    const scoresAhead = upcoming.flatMap(({ activities, cause }) => leadsOf(activities).map((leadId) => activityScore(leadId, cause)));
    return this.rescore(transaction, reported.activities, fresh, reported.cause, scoresAhead);
  }

  private async rescore(
    transaction: ScoringTransaction,
    activities: readonly Activity[],
    fresh: Set<string>,
    cause?: EventEnvelope,
    scoresAhead: ScoreRequest[] = [],
  ): Promise<RecordedActivities> {
    const leadIds = leadsOf(activities.filter((activity) => fresh.has(activity.activityId)));
    for (const leadId of leadIds) await this.scoreLead.execute(transaction, activityScore(leadId, cause), scoresAhead);
    return { recorded: fresh.size, duplicates: activities.length - fresh.size, leadsRescored: leadIds.length };
  }
}

const activityScore = (leadId: string, causeEvent?: EventEnvelope): ScoreRequest => ({ leadId, cause: 'activity', causeEvent });
