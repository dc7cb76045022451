import { uuidv7 } from 'uuidv7';
import { eventually } from '@accord/testing';
import { Clock } from '../src/modules/clock/clock';
import { ScoringUnderTest } from './support/scoring-under-test';

const observedAt = () => new Date().toISOString();
const fact = (value: string | boolean) => ({ value, provider: 'test', observedAt: observedAt() });
const highFitFacts = {
  isFreeMail: fact(false),
  companyDomain: fact('example-robotics.nl'),
  jobTitle: fact('CTO'),
  country: fact('NL'),
};
const pricingVisits = (leadId: string, count: number) =>
  Array.from({ length: count }, (_, index) => ({
    activityId: `pv-${leadId}-${index}`,
    leadId,
    type: 'page_view',
    url: 'https://example-robotics.nl/pricing',
    occurredAt: new Date(Date.now() - (count - index) * 1000).toISOString(),
  }));
interface ScoreView {
  stage: string;
  explanation: { rule: string }[];
  history: unknown[];
  stages: unknown[];
}

const decision = (leadId: string) => ({ leadId, assignmentId: uuidv7(), repId: 'rep-1', decidedAt: observedAt() });

describe('scoring over real Kafka and PostgreSQL', () => {
  let scoring: ScoringUnderTest;

  beforeAll(async () => {
    scoring = await ScoringUnderTest.start({ DECAY_SWEEP_INTERVAL_MS: '300' });
  });

  afterAll(async () => {
    await scoring?.stop();
  });

  async function stageOf(leadId: string): Promise<string | undefined> {
    const { rows } = await scoring.pool.query<{ stage: string }>('SELECT stage FROM lead_scores WHERE lead_id = $1', [leadId]);
    return rows[0]?.stage;
  }

  async function enrichedMql(leadId: string): Promise<void> {
    await scoring.produce('enrichment.lead.enriched.v1', { leadId, facts: highFitFacts });
    await eventually(async () => expect(await stageOf(leadId)).toBe('lead'));
    const response = await scoring.request('POST', '/v1/activities', { activities: pricingVisits(leadId, 5) });
    expect(response.status).toBe(200);
    await eventually(() => expect(scoring.eventsFor('scoring.lead.stage-changed.v1', leadId).map((e) => e.payload.to)).toEqual(['mql']));
  }

  it('makes a high-fit lead with a burst of pricing-page visits an MQL exactly once, explained by those rules', async () => {
    const leadId = uuidv7();
    await scoring.produce('enrichment.lead.enriched.v1', { leadId, facts: highFitFacts });
    await eventually(() => expect(scoring.eventsFor('scoring.lead.scored.v1', leadId)).toHaveLength(1));
    const [fitOnly] = scoring.eventsFor('scoring.lead.scored.v1', leadId);
    expect(fitOnly.payload.fit).toEqual({ score: 65, grade: 'B' });
    expect(scoring.eventsFor('scoring.lead.stage-changed.v1', leadId)).toEqual([]);

    const response = await scoring.request('POST', '/v1/activities', { activities: pricingVisits(leadId, 3) });
    expect(await response.json()).toEqual({ recorded: 3, duplicates: 0, leadsRescored: 1 });
    for (const visit of pricingVisits(leadId, 6).slice(3)) {
      await scoring.produce('web.activity.recorded.v1', { ...visit, type: 'page_view' });
    }

    await eventually(() => {
      expect(scoring.eventsFor('scoring.lead.scored.v1', leadId).length).toBeGreaterThanOrEqual(5);
      expect(scoring.eventsFor('scoring.lead.stage-changed.v1', leadId)).toHaveLength(1);
    });
    const stageChanges = scoring.eventsFor('scoring.lead.stage-changed.v1', leadId);
    expect(stageChanges[0].payload).toMatchObject({ from: 'lead', to: 'mql', reason: expect.stringMatching(/MQL threshold 50/) });
    const latest = scoring.eventsFor('scoring.lead.scored.v1', leadId).at(-1);
    const rules = latest?.payload.explanation.map((contribution) => contribution.rule);
    expect(rules).toEqual(expect.arrayContaining(['pricing-page-view', 'business-email', 'senior-decision-maker']));
    expect(latest?.payload.explanation.find((c) => c.rule === 'pricing-page-view')?.points).toBeCloseTo(40, 0);

    const again = await scoring.request('POST', '/v1/activities', pricingVisits(leadId, 1)[0]);
    expect(await again.json()).toEqual({ recorded: 0, duplicates: 1, leadsRescored: 0 });

    const score = (await (await scoring.request('GET', `/v1/leads/${leadId}/score`)).json()) as ScoreView;
    expect(score).toMatchObject({ leadId, stage: 'mql', fit: { score: 65, grade: 'B' }, priorityBasis: 'rule' });
    expect(score.explanation.map((c) => c.rule)).toContain('pricing-page-view');
    expect(score.history.length).toBeGreaterThanOrEqual(5);
    expect(score.stages).toEqual([expect.objectContaining({ from: 'lead', to: 'mql', trigger: 'qualified' })]);
    expect(scoring.eventsFor('scoring.lead.stage-changed.v1', leadId)).toHaveLength(1);
  });

  it('scores several leads in one transaction and several events of one lead in a row, each in its history and the last current', async () => {
    const leads = [uuidv7(), uuidv7(), uuidv7()];
    for (const leadId of leads) await scoring.produce('enrichment.lead.enriched.v1', { leadId, facts: highFitFacts });
    await eventually(async () => {
      for (const leadId of leads) expect(await stageOf(leadId)).toBe('lead');
    });
    const response = await scoring.request('POST', '/v1/activities', { activities: leads.flatMap((leadId) => pricingVisits(leadId, 5)) });
    expect(response.status).toBe(200);
    for (const leadId of leads) {
      await eventually(() => expect(scoring.eventsFor('scoring.lead.stage-changed.v1', leadId).map((event) => event.payload.to)).toEqual(['mql']));
    }

    const [busy] = leads;
    await scoring.produce('enrichment.lead.enriched.v1', { leadId: busy, facts: { ...highFitFacts, country: fact('DE') } });
    await scoring.produce('enrichment.lead.enriched.v1', { leadId: busy, facts: { ...highFitFacts, isFreeMail: fact(true) } });
    const scored = await eventually(() => {
      const events = scoring.eventsFor('scoring.lead.scored.v1', busy);
      expect(events).toHaveLength(4);
      return events.map((event) => event.payload);
    });
    for (const leadId of leads) {
      const view = (await (await scoring.request('GET', `/v1/leads/${leadId}/score`)).json()) as ScoreView & { fit: { score: number }; priority: number };
      const published = scoring.eventsFor('scoring.lead.scored.v1', leadId).map((event) => event.payload);
      const stages = scoring.eventsFor('scoring.lead.stage-changed.v1', leadId).map((event) => event.payload.to);
      expect(view.history).toHaveLength(published.length);
      // A score written as the transaction commits leaves the stage its events moved the lead to.
      expect(view.stage).toBe(stages[stages.length - 1]);
      expect(view.fit.score).toBe(published[published.length - 1].fit.score);
      expect(view.priority).toBe(published[published.length - 1].priority);
    }
    expect(scored[3].fit.score).toBeLessThan(scored[2].fit.score);
  });

  it('refuses an unknown activity type with a problem naming it, and stores nothing', async () => {
    const leadId = uuidv7();
    const response = await scoring.request('POST', '/v1/activities', {
      activities: [...pricingVisits(leadId, 1), { leadId, type: 'tweet', occurredAt: observedAt() }],
    });
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toMatch(/application\/problem\+json/);
    const problem = (await response.json()) as { errors: unknown[] };
    expect(problem.errors).toEqual([{ pointer: '/activities/1/type', detail: expect.stringContaining('unknown activity type "tweet"') }]);
    const { rows } = await scoring.pool.query('SELECT 1 FROM activities WHERE lead_id = $1', [leadId]);
    expect(rows).toEqual([]);
    expect((await scoring.request('GET', `/v1/leads/${leadId}/score`)).status).toBe(404);
  });

  it('dead-letters an inbound activity of an unknown type with an error naming it, and still takes the next one', async () => {
    const leadId = uuidv7();
    const [visit] = pricingVisits(leadId, 1);
    await scoring.produce('web.activity.recorded.v1', { ...visit, type: 'tweet' } as never);
    await scoring.produce('web.activity.recorded.v1', { ...visit, type: 'page_view' });
    await eventually(() => expect(scoring.eventsFor('scoring.lead.scored.v1', leadId)).toHaveLength(1));
    await eventually(() =>
      expect(scoring.deadActivities.filter((dead) => dead.key === leadId)).toEqual([
        { key: leadId, error: expect.stringContaining('unknown activity type "tweet"') },
      ]),
    );
  });

  it('moves a rejected MQL to the stage its reason calls for, and refuses an illegal transition', async () => {
    const [unfit, notYet] = [uuidv7(), uuidv7()];
    await enrichedMql(unfit);
    await enrichedMql(notYet);
    await scoring.produce('hand-off.lead.rejected.v1', { ...decision(unfit), reason: 'bad_fit', note: null });
    await scoring.produce('hand-off.lead.rejected.v1', { ...decision(notYet), reason: 'too_early', note: null });
    await eventually(async () => {
      expect(await stageOf(unfit)).toBe('disqualified');
      expect(await stageOf(notYet)).toBe('nurture');
    });
    await eventually(() =>
      expect(scoring.eventsFor('scoring.lead.stage-changed.v1', unfit).at(-1)?.payload).toMatchObject({
        from: 'mql',
        to: 'disqualified',
        reason: 'sales rejected the lead: bad_fit',
      }),
    );
    const { rows: outcomes } = await scoring.pool.query('SELECT outcome FROM lead_outcomes WHERE lead_id = ANY($1::uuid[])', [[unfit, notYet]]);
    expect(outcomes).toEqual([{ outcome: 'rejected' }, { outcome: 'rejected' }]);

    await scoring.produce('hand-off.lead.accepted.v1', decision(unfit));
    const marker = uuidv7();
    await scoring.produce('enrichment.lead.enriched.v1', { leadId: marker, facts: highFitFacts });
    await eventually(async () => expect(await stageOf(marker)).toBe('lead'));
    await eventually(async () => {
      const { rows } = await scoring.pool.query('SELECT count(*)::int AS n FROM inbox WHERE topic LIKE $1', ['%hand-off.lead.accepted.v1']);
      expect(rows[0].n).toBe(1);
    });
    expect(await stageOf(unfit)).toBe('disqualified');
    expect(scoring.eventsFor('scoring.lead.stage-changed.v1', unfit)).toHaveLength(2);
  });

  it('follows sales from acceptance through conversion to a won customer, publishing every step with its reason', async () => {
    const leadId = uuidv7();
    await enrichedMql(leadId);
    await scoring.produce('hand-off.lead.accepted.v1', decision(leadId));
    await eventually(async () => expect(await stageOf(leadId)).toBe('sal'));
    await scoring.produce('hand-off.lead.converted.v1', { ...decision(leadId), opportunityId: 'opp-42', track: 'sales' });
    await eventually(async () => expect(await stageOf(leadId)).toBe('opportunity'));
    await scoring.produce('hand-off.opportunity.closed.v1', {
      leadId,
      opportunityId: 'opp-42',
      outcome: 'won',
      amount: { amountMinor: 1_250_000, currency: 'EUR' },
      closedAt: observedAt(),
      track: 'sales',
      ownerId: 'rep-1',
      creditedMarketerId: null,
      lostReason: null,
    });
    await eventually(() =>
      expect(scoring.eventsFor('scoring.lead.stage-changed.v1', leadId).map((e) => [e.payload.from, e.payload.to, e.payload.reason])).toEqual([
        ['lead', 'mql', expect.stringMatching(/MQL threshold/)],
        ['mql', 'sal', 'sales accepted the lead'],
        ['sal', 'sql', 'sales qualified the lead'],
        ['sql', 'opportunity', 'opportunity opp-42 opened'],
        ['opportunity', 'customer', 'opportunity opp-42 won'],
      ]),
    );
    const { rows } = await scoring.pool.query('SELECT outcome FROM lead_outcomes WHERE lead_id = $1', [leadId]);
    expect(rows).toEqual([{ outcome: 'won' }]);
  });

  it('cools an unaccepted MQL down to nurture a month later, but leaves an accepted one with sales', async () => {
    const [quiet, accepted] = [uuidv7(), uuidv7()];
    await enrichedMql(quiet);
    await enrichedMql(accepted);
    await scoring.produce('hand-off.lead.accepted.v1', decision(accepted));
    await eventually(async () => expect(await stageOf(accepted)).toBe('sal'));

    const monthLater = Date.now() + 31 * 86_400_000;
    jest.spyOn(scoring.app.get(Clock), 'now').mockImplementation(() => new Date(monthLater));

    await eventually(async () => expect(await stageOf(quiet)).toBe('nurture'), { timeoutMs: 15_000 });
    await eventually(() =>
      expect(scoring.eventsFor('scoring.lead.stage-changed.v1', quiet).map((e) => e.payload.to)).toEqual(['mql', 'nurture']),
    );
    expect(scoring.eventsFor('scoring.lead.stage-changed.v1', quiet)[1].payload.reason).toMatch(/below the recycle threshold 45/);
    await eventually(() => expect(scoring.eventsFor('scoring.lead.scored.v1', quiet).at(-1)?.payload.engagement.score).toBeLessThan(5));
    expect(await stageOf(accepted)).toBe('sal');
    await eventually(() => expect(scoring.eventsFor('scoring.lead.stage-changed.v1', accepted).map((e) => e.payload.to)).toEqual(['mql', 'sal']));
  });
});
