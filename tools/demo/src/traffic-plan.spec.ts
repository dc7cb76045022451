import { isValidPhoneNumber } from 'libphonenumber-js';
import { uuidv7 } from 'uuidv7';
import { contractProblems } from './plan-validation';
import { planTraffic } from './traffic-plan';

const now = new Date('2026-11-20T12:00:00Z');

describe('the demo traffic plan', () => {
  const plan = planTraffic({ leads: 400, weeks: 8, seed: 7, now });

  it('is valid against the event contracts for every lead, activity, rejection and outcome', () => {
    const problems = plan.flatMap((lead) => contractProblems(lead, uuidv7()));
    expect(problems).toEqual([]);
  });

  it('spreads leads over the simulated weeks, countries and campaigns, never into the future', () => {
    const times = plan.map((lead) => Date.parse(lead.request.occurredAt));
    expect(Math.max(...times)).toBeLessThan(now.getTime());
    expect(Math.min(...times)).toBeGreaterThanOrEqual(now.getTime() - 8 * 7 * 86_400_000 - 60_000);
    expect(new Set(plan.map((lead) => lead.request.country)).size).toBeGreaterThanOrEqual(6);
    expect(new Set(plan.map((lead) => lead.campaign.name)).size).toBeGreaterThanOrEqual(5);
    const activities = plan.flatMap((lead) => lead.activities.map((activity) => ({ lead, at: Date.parse(activity.occurredAt) })));
    expect(activities.every(({ lead, at }) => at >= Date.parse(lead.request.occurredAt) && at < now.getTime())).toBe(true);
  });

  it('sends only phone numbers capture can parse, and most people have one', () => {
    const phones = plan.flatMap((lead) => (lead.request.phone ? [lead.request.phone] : []));
    expect(phones.every((phone) => isValidPhoneNumber(phone))).toBe(true);
    expect(phones.length).toBeGreaterThan(plan.length / 2);
  });

  it('gives every person their own address and a mix of verdicts and won and lost deals', () => {
    expect(new Set(plan.map((lead) => lead.request.email)).size).toBe(plan.length);
    const kinds = new Set(plan.map((lead) => lead.verdict.kind));
    expect([...kinds].sort()).toEqual(['accept', 'pending', 'recycle', 'reject']);
    const outcomes = plan.flatMap((lead) => (lead.verdict.kind === 'accept' && lead.verdict.outcome ? [lead.verdict.outcome.outcome] : []));
    expect(outcomes).toContain('won');
    expect(outcomes).toContain('lost');
  });

  it('is the same for the same seed and differs for another', () => {
    const again = planTraffic({ leads: 400, weeks: 8, seed: 7, now });
    const other = planTraffic({ leads: 400, weeks: 8, seed: 8, now });
    expect(again.map((lead) => lead.request)).toEqual(plan.map((lead) => lead.request));
    expect(other.map((lead) => lead.request.email)).not.toEqual(plan.map((lead) => lead.request.email));
  });
});
