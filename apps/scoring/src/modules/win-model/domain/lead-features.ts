import { activityTypes } from '@accord/contracts';
import { conditionHolds, KnownFacts } from '../../playbook/domain/fact-condition';
import { ScoredActivity } from '../../scores/domain/engagement-score';

export const featureNames = [
  'businessEmail',
  'freeMail',
  'disposableEmail',
  'companyKnown',
  'seniority',
  'targetAccount',
  'companySize',
  ...activityTypes.map((type) => `recent_${type}`),
  'pricingPageViews',
  'quietDays',
] as const;

export type FeatureName = (typeof featureNames)[number];
export type LeadFeatures = Record<FeatureName, number>;

const dayMs = 86_400_000;
const recentDays = 90;

const seniorityLevels: Record<string, number> = {
  'c-level': 4, c_level: 4, executive: 4, owner: 4, founder: 4, vp: 3, director: 3, head: 3, manager: 2, 'individual-contributor': 1,
};

function seniorityLevel(facts: KnownFacts): number {
  const seniority = facts.seniority?.value;
  if (typeof seniority === 'string') return seniorityLevels[seniority.trim().toLowerCase()] ?? 1;
  const title = String(facts.jobTitle?.value ?? '');
  if (/\b(chief|c[eftmi]o|owner|founder)\b/i.test(title)) return 4;
  if (/\b(vp|vice president|head|director|hoofd)\b/i.test(title)) return 3;
  if (/\b(manager|lead)\b/i.test(title)) return 2;
  return title ? 1 : 0;
}

const flag = (holds: boolean) => (holds ? 1 : 0);

/** The facts and activity a win model learns from, as numbers; missing facts count as zero. */
export function leadFeatures(facts: KnownFacts, activities: readonly ScoredActivity[], asOf: Date): LeadFeatures {
  const since = asOf.getTime() - recentDays * dayMs;
  const recent = activities.filter((activity) => activity.occurredAt.getTime() >= since);
  const counts = Object.fromEntries(
    activityTypes.map((type) => [`recent_${type}`, Math.log1p(recent.filter((activity) => activity.type === type).length)]),
  );
  const lastActivity = Math.max(0, ...activities.map((activity) => activity.occurredAt.getTime()));
  const employees = Number(facts.employeeCount?.value);
  return {
    businessEmail: flag(conditionHolds({ fact: 'isFreeMail', equals: false }, facts)),
    freeMail: flag(conditionHolds({ fact: 'isFreeMail', equals: true }, facts)),
    disposableEmail: flag(conditionHolds({ fact: 'isDisposable', equals: true }, facts)),
    companyKnown: flag(conditionHolds({ any: [{ fact: 'companyDomain', present: true }, { fact: 'company', present: true }] }, facts)),
    seniority: seniorityLevel(facts),
    targetAccount: flag(conditionHolds({ fact: 'isTargetAccount', equals: true }, facts)),
    companySize: Number.isFinite(employees) && employees > 0 ? Math.log10(1 + employees) : 0,
    ...(counts as Record<`recent_${(typeof activityTypes)[number]}`, number>),
    pricingPageViews: Math.log1p(recent.filter((activity) => activity.type === 'page_view' && /pricing|prijzen|plans/i.test(activity.url ?? '')).length),
    quietDays: activities.length === 0 ? 1 : Math.min(recentDays, (asOf.getTime() - lastActivity) / dayMs) / recentDays,
  };
}
