import { Activity, EventEnvelope } from '@accord/contracts';
import { ScoringTransaction } from '../../database/scoring-database';
import { ActivityRepository } from '../leads/activity.repository';
import { ScoreLeadUseCase, ScoreRequest } from '../scores/score-lead.usecase';
import { RecordActivitiesUseCase, ReportedActivities } from './record-activities.usecase';

const activity = (activityId: string, leadId: string): Activity =>
  ({ activityId, leadId, type: 'page_view', occurredAt: '2026-11-20T10:00:00.000Z', url: '/pricing' }) as Activity;
const report = (eventId: string, ...activities: Activity[]): ReportedActivities => ({ activities, cause: { id: eventId } as EventEnvelope });

function recording() {
  const stored = new Set<string>(['seen-before']);
  const inserts: string[][] = [];
  const scored: Array<{ leadId: string; upcoming: string[] }> = [];
  const activities = {
    recordNew: async (_transaction: ScoringTransaction, batch: readonly Activity[]) => {
      inserts.push(batch.map((one) => one.activityId));
      const fresh = new Set(batch.map((one) => one.activityId).filter((id) => !stored.has(id)));
      fresh.forEach((id) => stored.add(id));
      return fresh;
    },
  } as unknown as ActivityRepository;
  const scoreLead = {
    execute: async (_transaction: ScoringTransaction, request: ScoreRequest, upcoming: ScoreRequest[] = []) => {
      scored.push({ leadId: request.leadId, upcoming: upcoming.map((next) => next.leadId) });
      return null;
    },
  } as unknown as ScoreLeadUseCase;
  return { useCase: new RecordActivitiesUseCase(activities, scoreLead), inserts, scored };
}

describe('RecordActivitiesUseCase.fromEvent', () => {
  it('stores the activities of the upcoming events with the first, and counts an activity two events report for the first only', async () => {
    const { useCase, inserts, scored } = recording();
    const transaction = {} as ScoringTransaction;
    const first = report('e1', activity('a1', 'lead-1'));
    const second = report('e2', activity('a1', 'lead-2'), activity('a2', 'lead-2'));
    const third = report('e3', activity('seen-before', 'lead-3'));

    const results = [
      await useCase.fromEvent(transaction, first, [first, second, third]),
      await useCase.fromEvent(transaction, second),
      await useCase.fromEvent(transaction, third),
    ];

    expect(inserts).toEqual([['a1', 'a1', 'a2', 'seen-before']]);
    expect(results).toEqual([
      { recorded: 1, duplicates: 0, leadsRescored: 1 },
      { recorded: 1, duplicates: 1, leadsRescored: 1 },
      { recorded: 0, duplicates: 1, leadsRescored: 0 },
    ]);
    expect(scored).toEqual([
      { leadId: 'lead-1', upcoming: ['lead-1', 'lead-2', 'lead-3'] },
      { leadId: 'lead-2', upcoming: [] },
    ]);
  });
});
