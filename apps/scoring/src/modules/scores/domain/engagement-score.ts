import { ActivityType } from '@accord/contracts';
import { matchesPattern } from '../../playbook/domain/fact-condition';
import { EngagementRule, periodMs, Playbook } from '../../playbook/domain/playbook.schema';
import { Contribution } from './contribution';

export interface ScoredActivity {
  type: ActivityType;
  occurredAt: Date;
  url?: string | null;
}

export interface EngagementScore {
  score: number;
  contributions: Contribution[];
}

const dayMs = 86_400_000;

export function engagementRuleFor(activity: ScoredActivity, playbook: Playbook): EngagementRule | undefined {
  return playbook.engagement.rules.find(
    (rule) =>
      rule.activity === activity.type &&
      (rule.urlMatches === undefined || (activity.url ? matchesPattern(rule.urlMatches, activity.url) : false)),
  );
}

/**
 * Each rule earns at most its cap per calendar period (UTC), and every point earned halves in value
 * with each half-life since the activity, so a lead that goes quiet cools down.
 */
export function engagementScore(activities: readonly ScoredActivity[], playbook: Playbook, asOf: Date): EngagementScore {
  const horizon = asOf.getTime() - playbook.engagement.lookbackDays * dayMs;
  const inOrder = activities
    .filter((activity) => activity.occurredAt.getTime() >= horizon)
    .sort((a, b) => a.occurredAt.getTime() - b.occurredAt.getTime());
  const earnedInPeriod = new Map<string, number>();
  const byRule = new Map<string, Contribution>();
  for (const activity of inOrder) {
    const rule = engagementRuleFor(activity, playbook);
    if (!rule) continue;
    const period = `${rule.name}:${Math.floor(activity.occurredAt.getTime() / periodMs(rule.cap.per))}`;
    const earnedSoFar = earnedInPeriod.get(period) ?? 0;
    const earned = Math.min(rule.points, rule.cap.points - earnedSoFar);
    if (earned <= 0) continue;
    earnedInPeriod.set(period, earnedSoFar + earned);
    const ageDays = Math.max(0, asOf.getTime() - activity.occurredAt.getTime()) / dayMs;
    const decayed = earned * Math.pow(0.5, ageDays / rule.halfLifeDays);
    const contribution = byRule.get(rule.name) ?? { rule: rule.name, dimension: 'engagement', points: 0, activities: 0 };
    contribution.points += decayed;
    contribution.activities = (contribution.activities ?? 0) + 1;
    byRule.set(rule.name, contribution);
  }
  const contributions = [...byRule.values()]
    .map((contribution) => ({ ...contribution, points: roundTo(contribution.points, 1) }))
    .filter((contribution) => contribution.points > 0)
    .sort((a, b) => b.points - a.points);
  const total = contributions.reduce((sum, contribution) => sum + contribution.points, 0);
  return { score: Math.min(100, Math.round(total)), contributions };
}

const roundTo = (value: number, decimals: number) => Math.round(value * 10 ** decimals) / 10 ** decimals;
