import { Injectable } from '@nestjs/common';
import { Activity, ActivityType } from '@accord/contracts';
import { ScoringTransaction } from '../../database/scoring-database';
import { ScoredActivity } from '../scores/domain/engagement-score';

@Injectable()
export class ActivityRepository {
  /** Records activities once per activity id; answers the ids that were new. */
  async recordNew(transaction: ScoringTransaction, activities: readonly Activity[]): Promise<Set<string>> {
    if (activities.length === 0) return new Set();
    const rows = await transaction.$queryRawUnsafe<{ activity_id: string }[]>(
      `INSERT INTO activities (activity_id, lead_id, type, occurred_at, url)
       SELECT * FROM unnest($1::text[], $2::uuid[], $3::text[], $4::timestamptz[], $5::text[])
       ON CONFLICT (activity_id) DO NOTHING
       RETURNING activity_id`,
      activities.map((activity) => activity.activityId),
      activities.map((activity) => activity.leadId),
      activities.map((activity) => activity.type),
      activities.map((activity) => activity.occurredAt),
      activities.map((activity) => activity.url ?? null),
    );
    return new Set(rows.map((row) => row.activity_id));
  }

  async since(transaction: ScoringTransaction, leadId: string, since: Date): Promise<ScoredActivity[]> {
    const rows = await transaction.$queryRawUnsafe<{ type: ActivityType; occurred_at: Date; url: string | null }[]>(
      'SELECT type, occurred_at, url FROM activities WHERE lead_id = $1::uuid AND occurred_at >= $2',
      leadId,
      since,
    );
    return rows.map((row) => ({ type: row.type, occurredAt: new Date(row.occurred_at), url: row.url }));
  }
}
