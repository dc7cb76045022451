import { loadDefaultPlaybook } from '../../playbook/domain/test-playbook';
import { engagementScore, ScoredActivity } from './engagement-score';

const playbook = loadDefaultPlaybook();
const now = new Date('2026-11-20T12:00:00.000Z');
const daysAgo = (days: number, minutes = 0) => new Date(now.getTime() - days * 86_400_000 - minutes * 60_000);
const pricingVisit = (at: Date): ScoredActivity => ({ type: 'page_view', occurredAt: at, url: 'https://example.nl/pricing' });

describe('engagementScore', () => {
  it('weighs the pricing page above other pages and names the rule', () => {
    const score = engagementScore(
      [pricingVisit(daysAgo(0, 5)), { type: 'page_view', occurredAt: daysAgo(0, 4), url: 'https://example.nl/blog' }],
      playbook,
      now,
    );
    expect(score.contributions).toEqual([
      { rule: 'pricing-page-view', dimension: 'engagement', points: 10, activities: 1 },
      { rule: 'page-view', dimension: 'engagement', points: 2, activities: 1 },
    ]);
    expect(score.score).toBe(12);
  });

  it('caps a burst at the rule cap for its period', () => {
    const burst = Array.from({ length: 12 }, (_, index) => pricingVisit(daysAgo(0, 12 - index)));
    const score = engagementScore(burst, playbook, now);
    expect(score.contributions).toEqual([{ rule: 'pricing-page-view', dimension: 'engagement', points: 40, activities: 4 }]);
  });

  it('halves an activity every half-life, so a quiet lead cools down', () => {
    const visit = [pricingVisit(daysAgo(0))];
    const later = (days: number) => new Date(now.getTime() + days * 86_400_000);
    expect(engagementScore(visit, playbook, later(7)).contributions[0].points).toBe(5);
    expect(engagementScore(visit, playbook, later(14)).contributions[0].points).toBe(2.5);
    expect(engagementScore(visit, playbook, later(200)).score).toBe(0);
  });

  it('caps the total at 100 and never counts an activity in the future as older than now', () => {
    const lots = Array.from({ length: 10 }, (_, day) => [
      { type: 'meeting_booked' as const, occurredAt: daysAgo(day * 8) },
      { type: 'form_submission' as const, occurredAt: daysAgo(day * 8) },
    ]).flat();
    expect(engagementScore(lots, playbook, now).score).toBe(100);
    expect(engagementScore([pricingVisit(new Date(now.getTime() + 60_000))], playbook, now).score).toBe(10);
  });
});
