import { ActivityType } from '@accord/contracts';
import { KnownFacts } from '../../playbook/domain/fact-condition';
import { Playbook } from '../../playbook/domain/playbook.schema';
import { ScoredActivity } from '../../scores/domain/engagement-score';
import { scoreLead } from '../../scores/domain/score-lead';
import { Outcome } from './evaluate-win-model';
import { leadFeatures } from './lead-features';

/** A small seeded generator, so a synthetic outcome set is the same on every run. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface SyntheticLead {
  leadId: string;
  facts: KnownFacts;
  activities: ScoredActivity[];
  /** The ground truth: the real chance this lead is won. */
  winProbability: number;
}

const seniorities = ['c-level', 'vp', 'director', 'manager', 'individual-contributor', null] as const;
const dayMs = 86_400_000;

/**
 * Leads whose chance of a win follows a known rule: seniority, company size, target accounts,
 * meetings and pricing-page interest help; free-mail and disposable addresses hurt; content
 * downloads and e-mail opens, which the playbook rewards, say nothing about winning.
 */
export function syntheticLeads(count: number, asOf: Date, random = seededRandom(42)): SyntheticLead[] {
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)];
  return Array.from({ length: count }, (_, index) => {
    const freeMail = random() < 0.3;
    const disposable = freeMail && random() < 0.15;
    const seniority = pick(seniorities);
    const employees = Math.round(10 ** (1 + random() * 3.5));
    const targetAccount = random() < 0.2;
    const facts: KnownFacts = {
      isFreeMail: { value: freeMail },
      isDisposable: { value: disposable },
      seniority: { value: seniority },
      employeeCount: { value: employees },
      isTargetAccount: { value: targetAccount },
      companyDomain: { value: freeMail ? null : `company-${index}.example` },
      country: { value: pick(['NL', 'DE', 'US', 'BR', 'IN']) },
    };
    const activities: ScoredActivity[] = [];
    const add = (type: ActivityType, times: number, url?: string) => {
      for (let n = 0; n < times; n++) activities.push({ type, url, occurredAt: new Date(asOf.getTime() - random() * 60 * dayMs) });
    };
    const interest = random();
    add('page_view', Math.floor(random() * 8));
    add('page_view', interest > 0.6 ? Math.floor(random() * 6) + 1 : 0, 'https://example.com/pricing');
    add('meeting_booked', interest > 0.75 && random() < 0.6 ? 1 : 0);
    add('content_download', Math.floor(random() * 4));
    add('email_open', Math.floor(random() * 10));
    add('form_submission', 1);
    const seniorityWeights: Record<string, number> = { 'c-level': 1.2, vp: 1, director: 0.8, manager: 0.2, 'individual-contributor': -0.6 };
    const seniorityWeight = seniorityWeights[seniority ?? ''] ?? -0.3;
    const pricingViews = activities.filter((a) => a.url?.includes('pricing')).length;
    const logit =
      -2.2 +
      seniorityWeight +
      (freeMail ? -1.2 : 0.3) +
      (disposable ? -2 : 0) +
      0.7 * (Math.log10(employees) - 2.5) +
      (targetAccount ? 1.4 : 0) +
      0.45 * pricingViews +
      (activities.some((a) => a.type === 'meeting_booked') ? 1.5 : 0);
    return { leadId: `synthetic-${index}`, facts, activities, winProbability: 1 / (1 + Math.exp(-logit)) };
  });
}

/** Outcomes drawn from the ground truth, each with the rule score the playbook gave the lead. */
export function syntheticOutcomes(count: number, playbook: Playbook, seed = 42): Outcome[] {
  const asOf = new Date('2026-11-01T00:00:00.000Z');
  const random = seededRandom(seed);
  return syntheticLeads(count, asOf, random).map((lead) => {
    const score = scoreLead({ facts: lead.facts, activities: lead.activities }, playbook, asOf);
    return {
      leadId: lead.leadId,
      won: random() < lead.winProbability,
      fitGrade: score.fit.grade,
      rulePriority: score.rulePriority,
      features: leadFeatures(lead.facts, lead.activities, asOf),
    };
  });
}
