import { uuidv7 } from 'uuidv7';
import { eventually } from '@accord/testing';
import { seededRandom, syntheticLeads } from '../src/modules/win-model/domain/synthetic-outcomes';
import { ScoringUnderTest } from './support/scoring-under-test';

const leadCount = 150;

interface ModelView {
  status: string;
  version: string;
  isDefault: boolean;
  ranksLeadsBy: string;
  quality: {
    trainingOutcomes: number;
    heldOutOutcomes: number;
    modelAuc: number | null;
    ruleAuc: number | null;
    beatsRuleScore: boolean;
    calibrationByProbability: { band: string; leads: number }[];
    winRateByGrade: { grade: string; leads: number }[];
  };
}

describe('the closed loop over real Kafka and PostgreSQL', () => {
  let scoring: ScoringUnderTest;

  beforeAll(async () => {
    scoring = await ScoringUnderTest.start({ MODEL_MIN_OUTCOMES: '100', MODEL_MIN_HELD_OUT: '10' });
  });

  afterAll(async () => {
    await scoring?.stop();
  });

  const count = async (sql: string) => (await scoring.pool.query<{ n: number }>(sql)).rows[0].n;

  it('learns from won and lost outcomes, reports held-out quality and publishes a win probability beside the rule score', async () => {
    expect(await (await scoring.request('GET', '/v1/model')).json()).toMatchObject({ status: 'untrained', ranksLeadsBy: 'rule', outcomes: 0 });
    expect((await scoring.request('POST', '/v1/model/training')).status).toBe(422);

    const random = seededRandom(7);
    const now = new Date();
    const leads = syntheticLeads(leadCount, now, random).map((lead) => ({ ...lead, leadId: uuidv7() }));
    const observedAt = now.toISOString();
    for (const [index, lead] of leads.entries()) {
      const facts = Object.fromEntries(
        Object.entries({ ...lead.facts, accountId: { value: index < 3 ? 'account-closed-loop' : null } }).map(([name, fact]) => [
          name,
          { value: fact?.value ?? null, provider: 'test', observedAt },
        ]),
      );
      await scoring.produce('enrichment.lead.enriched.v1', { leadId: lead.leadId, facts });
    }
    const activities = leads.flatMap((lead) =>
      lead.activities.map((activity, index) => ({
        activityId: `${lead.leadId}-${index}`,
        leadId: lead.leadId,
        type: activity.type,
        url: activity.url ?? null,
        occurredAt: activity.occurredAt.toISOString(),
      })),
    );
    for (let start = 0; start < activities.length; start += 500) {
      expect((await scoring.request('POST', '/v1/activities', { activities: activities.slice(start, start + 500) })).status).toBe(200);
    }
    await eventually(async () => expect(await count("SELECT count(*)::int AS n FROM lead_scores WHERE playbook_version <> ''")).toBe(leadCount), {
      timeoutMs: 30_000,
    });

    for (const lead of leads) {
      await scoring.produce('hand-off.opportunity.closed.v1', {
        leadId: lead.leadId,
        opportunityId: `opp-${lead.leadId}`,
        outcome: random() < lead.winProbability ? 'won' : 'lost',
        amount: { amountMinor: 1_000_000, currency: 'EUR' },
        closedAt: observedAt,
        track: 'sales',
        ownerId: null,
        creditedMarketerId: null,
        lostReason: null,
      });
    }
    await eventually(async () => expect(await count('SELECT count(*)::int AS n FROM lead_outcomes')).toBe(leadCount), { timeoutMs: 30_000 });

    const training = await scoring.request('POST', '/v1/model/training');
    expect(training.status).toBe(201);
    const trained = (await training.json()) as ModelView;
    expect(trained.quality.trainingOutcomes + trained.quality.heldOutOutcomes).toBe(leadCount);
    expect(trained.quality.modelAuc).toBeGreaterThan(0.5);
    expect(trained.quality.ruleAuc).toEqual(expect.any(Number));
    expect(trained.isDefault).toBe(trained.quality.beatsRuleScore);
    expect(trained.quality.beatsRuleScore).toBe(Number(trained.quality.modelAuc) > Number(trained.quality.ruleAuc));
    expect(trained.quality.winRateByGrade.reduce((sum, grade) => sum + grade.leads, 0)).toBe(trained.quality.heldOutOutcomes);
    expect(trained.quality.calibrationByProbability.reduce((sum, band) => sum + band.leads, 0)).toBe(trained.quality.heldOutOutcomes);
    expect(await (await scoring.request('GET', '/v1/model')).json()).toMatchObject({ status: 'trained', version: trained.version, outcomes: leadCount });

    const newcomer = uuidv7();
    await scoring.produce('enrichment.lead.enriched.v1', {
      leadId: newcomer,
      facts: { isFreeMail: { value: false, provider: 'test', observedAt }, seniority: { value: 'vp', provider: 'test', observedAt } },
    });
    await eventually(() => expect(scoring.eventsFor('scoring.lead.scored.v1', newcomer)).toHaveLength(1));
    const [scored] = scoring.eventsFor('scoring.lead.scored.v1', newcomer);
    expect(scored.payload.predictedWinProbability).toBeGreaterThan(0);
    expect(scored.payload.predictedWinProbability).toBeLessThan(1);
    expect(scored.payload.modelVersion.includes(trained.version)).toBe(trained.isDefault);
  });

  it('scores an account by the engagement of its leads', async () => {
    const response = await scoring.request('GET', '/v1/accounts/account-closed-loop/score');
    expect(response.status).toBe(200);
    const account = (await response.json()) as { leads: number; engagement: { sum: number; max: number }; mostEngaged: { engagement: number }[] };
    expect(account.leads).toBe(3);
    expect(account.engagement.sum).toBe(account.mostEngaged.reduce((sum, lead) => sum + lead.engagement, 0));
    expect(account.engagement.max).toBe(account.mostEngaged[0].engagement);
    expect((await scoring.request('GET', '/v1/accounts/nobody/score')).status).toBe(404);
  });
});
