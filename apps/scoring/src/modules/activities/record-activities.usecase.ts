import { Injectable } from '@nestjs/common';
import { Activity, EventEnvelope } from '@accord/contracts';
import { ScoringTransaction } from '../../database/scoring-database';
import { ActivityRepository } from '../leads/activity.repository';
import { ScoreLeadUseCase } from '../scores/score-lead.usecase';

export interface RecordedActivities {
  recorded: number;
  duplicates: number;
  leadsRescored: number;
}

/** Stores new activities and re-scores each lead they belong to once; a repeated activity changes nothing. */
@Injectable()
export class RecordActivitiesUseCase {
  constructor(
    private readonly activities: ActivityRepository,
    private readonly scoreLead: ScoreLeadUseCase,
  ) {}

  async execute(transaction: ScoringTransaction, activities: readonly Activity[], cause?: EventEnvelope): Promise<RecordedActivities> {
    const fresh = await this.activities.recordNew(transaction, activities);
    const leadIds = [...new Set(activities.filter((activity) => fresh.has(activity.activityId)).map((activity) => activity.leadId))].sort();
    for (const leadId of leadIds) await this.scoreLead.execute(transaction, { leadId, cause: 'activity', causeEvent: cause });
    return { recorded: fresh.size, duplicates: activities.length - fresh.size, leadsRescored: leadIds.length };
  }
}
