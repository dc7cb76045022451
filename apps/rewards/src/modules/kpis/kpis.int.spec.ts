import { uuidv7 } from 'uuidv7';
import { AccordEvent } from '@accord/contracts';
import { eventually } from '@accord/testing';
import { person, pipelineEvent } from '../../test-support/pipeline-event';
import { RewardsUnderTest } from '../../test-support/rewards-under-test';
import { RefreshKpiGaugesUsecase } from './refresh-kpi-gauges.usecase';

/** A small deterministic generator, so a failing month can be replayed. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface PlannedLead {
  leadId: string;
  source: string;
  isTest: boolean;
  capturedAt: Date;
  mql: boolean;
  assigned: boolean;
  breached: boolean;
  decision: 'accepted' | 'rejected' | null;
  acceptSeconds: number;
  converted: boolean;
  outcome: 'won' | 'lost' | null;
  amountMinor: number;
}

const hour = 3_600_000;
const march = Date.UTC(2026, 2, 1);
const april = Date.UTC(2026, 3, 1);

function planMonth(count: number): PlannedLead[] {
  const next = random(20260301);
  const pick = <T>(values: T[]) => values[Math.floor(next() * values.length)]!;
  return Array.from({ length: count }, () => {
    const mql = next() < 0.6;
    const assigned = mql && next() < 0.9;
    const decision = assigned ? pick<'accepted' | 'rejected' | null>(['accepted', 'accepted', 'rejected', null]) : null;
    const converted = decision === 'accepted' && next() < 0.6;
    const outcome = converted ? pick<'won' | 'lost' | null>(['won', 'lost', null]) : null;
    return {
      leadId: uuidv7(),
      source: pick(['google', 'linkedin', 'website']),
      isTest: next() < 0.1,
      // a few days either side of March, so the month's boundaries are exercised
      capturedAt: new Date(march - 3 * 24 * hour + Math.floor(next() * (april - march + 6 * 24 * hour))),
      mql,
      assigned,
      breached: assigned && next() < 0.3,
      decision,
      acceptSeconds: 60 * Math.floor(30 + next() * 3000),
      converted,
      outcome,
      amountMinor: Math.floor(1 + next() * 5_000_000),
    };
  });
}

function eventsOf(lead: PlannedLead): AccordEvent[] {
  const { leadId, capturedAt } = lead;
  const after = (ms: number) => new Date(capturedAt.getTime() + ms).toISOString();
  const decision = { leadId, assignmentId: `as-${leadId}`, repId: 'rep-1' };
  const events: AccordEvent[] = [
    pipelineEvent(
      'capture.lead.captured.v1',
      {
        leadId,
        person: person('someone@example.org'),
        touchpoint: { channel: 'api', source: lead.source, campaign: null, medium: null, occurredAt: capturedAt.toISOString() },
        consent: { marketing: true },
        isTest: lead.isTest,
      },
      capturedAt,
    ),
  ];
  if (lead.mql) events.push(pipelineEvent('scoring.lead.stage-changed.v1', { leadId, from: 'lead', to: 'mql', reason: 'score', changedAt: after(hour) }));
  if (lead.assigned) {
    events.push(
      pipelineEvent('hand-off.lead.assigned.v1', {
        leadId,
        assignmentId: decision.assignmentId,
        assignee: { kind: 'rep', id: 'rep-1' },
        reasons: ['round robin'],
        acceptDueAt: after(5 * hour),
        assignedAt: after(2 * hour),
      }),
    );
  }
  if (lead.breached) {
    events.push(
      pipelineEvent('hand-off.sla.breached.v1', { leadId, assignmentId: decision.assignmentId, teamId: null, dueAt: after(5 * hour), breachedAt: after(5 * hour), escalatedTo: null, reassigned: false }),
    );
  }
  if (lead.decision === 'accepted') events.push(pipelineEvent('hand-off.lead.accepted.v1', { ...decision, decidedAt: after(lead.acceptSeconds * 1000) }));
  if (lead.decision === 'rejected') events.push(pipelineEvent('hand-off.lead.rejected.v1', { ...decision, decidedAt: after(3 * hour), reason: 'bad_fit', note: null }));
  const opportunityId = `opp-${leadId}`;
  if (lead.converted) {
    events.push(pipelineEvent('hand-off.lead.converted.v1', { ...decision, decidedAt: after(72 * hour), opportunityId, track: 'sales' }));
  }
  if (lead.outcome) {
    events.push(
      pipelineEvent('hand-off.opportunity.closed.v1', {
        leadId,
        opportunityId,
        outcome: lead.outcome,
        amount: { amountMinor: lead.amountMinor, currency: 'EUR' },
        closedAt: after(200 * hour),
        track: 'sales',
        ownerId: 'rep-1',
        creditedMarketerId: null,
        lostReason: lead.outcome === 'lost' ? 'price' : null,
      }),
    );
  }
  return events;
}

const average = (values: number[]) => (values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length);

const ratio = (a: number, b: number) => (b === 0 ? null : Math.round((a / b) * 10_000) / 10_000);

function expectedFor(leads: PlannedLead[]) {
  const accepted = leads.filter((l) => l.decision === 'accepted');
  const rejected = leads.filter((l) => l.decision === 'rejected');
  const assigned = leads.filter((l) => l.assigned);
  const won = leads.filter((l) => l.outcome === 'won');
  const lost = leads.filter((l) => l.outcome === 'lost');
  const closed = [...won, ...lost];
  const speed = average(accepted.map((l) => l.acceptSeconds));
  return {
    counts: {
      leads: leads.length,
      mqls: leads.filter((l) => l.mql).length,
      sals: accepted.length,
      sqls: leads.filter((l) => l.converted).length,
      opportunities: leads.filter((l) => l.converted).length,
      won: won.length,
    },
    acceptanceRate: ratio(accepted.length, accepted.length + rejected.length),
    slaAdherence: ratio(assigned.length - leads.filter((l) => l.breached).length, assigned.length),
    winRate: ratio(won.length, closed.length),
    speedToLeadAverage: speed === null ? null : Math.round(speed),
    wonRevenue: won.length ? [{ amountMinor: won.reduce((sum, l) => sum + l.amountMinor, 0), currency: 'EUR' }] : [],
    pipelineValue: closed.length ? [{ amountMinor: closed.reduce((sum, l) => sum + l.amountMinor, 0), currency: 'EUR' }] : [],
  };
}

interface KpiBody {
  rows: {
    period: string;
    key: string | null;
    counts: Record<string, number>;
    acceptanceRate: number | null;
    slaAdherence: number | null;
    winRate: number | null;
    speedToLeadAverageSeconds: number | null;
    wonRevenue: unknown[];
    pipelineValue: unknown[];
  }[];
}

describe('joint KPIs over real Kafka and PostgreSQL', () => {
  let rewards: RewardsUnderTest;
  const plan = planMonth(90);
  const inMarch = plan.filter((l) => !l.isTest && l.capturedAt.getTime() >= march && l.capturedAt.getTime() < april);

  beforeAll(async () => {
    rewards = await RewardsUnderTest.start();
    await rewards.publish(...plan.flatMap(eventsOf));
  });

  afterAll(async () => {
    await rewards?.stop();
  });

  const kpis = (query: string) => rewards.get<KpiBody>(`/v1/kpis?${query}`);

  it('counts a generated month per source exactly as the test counts it, test leads and other months excluded', async () => {
    const sources = [...new Set(inMarch.map((l) => l.source))].sort();
    const project = (row: KpiBody['rows'][number]) => ({
      key: row.key,
      counts: row.counts,
      acceptanceRate: row.acceptanceRate,
      slaAdherence: row.slaAdherence,
      winRate: row.winRate,
      speedToLeadAverage: row.speedToLeadAverageSeconds,
      wonRevenue: row.wonRevenue,
      pipelineValue: row.pipelineValue,
    });
    const expected = sources.map((source) => ({ key: source, ...expectedFor(inMarch.filter((l) => l.source === source)) }));
    expect(expected.reduce((sum, row) => sum + row.counts.won, 0)).toBeGreaterThan(0);

    await eventually(
      async () => {
        const { status, body } = await kpis('from=2026-03-01&to=2026-04-01&period=month&groupBy=source');
        expect(status).toBe(200);
        expect(body.rows.every((row) => row.period === '2026-03-01T00:00:00.000Z')).toBe(true);
        expect(body.rows.map(project)).toEqual(expected);
      },
      { timeoutMs: 60_000, intervalMs: 500 },
    );

    const { body: whole } = await kpis('from=2026-03-01T00:00:00Z&to=2026-04-01T00:00:00Z');
    expect(whole.rows.map(project)).toEqual([{ key: null, ...expectedFor(inMarch) }]);
  });

  it('exports the month on /metrics', async () => {
    await rewards.app.get(RefreshKpiGaugesUsecase).refresh(new Date('2026-03-15T12:00:00Z'));
    const metrics = await (await fetch(`${rewards.url}/metrics`)).text();
    const expected = expectedFor(inMarch);
    const wonRevenue = (expected.wonRevenue[0] as { amountMinor: number }).amountMinor;
    expect(metrics).toContain(`rewards_kpi_funnel{stage="leads",service="rewards"} ${expected.counts.leads}\n`);
    expect(metrics).toContain(`rewards_kpi_funnel{stage="won",service="rewards"} ${expected.counts.won}\n`);
    expect(metrics).toContain(`rewards_kpi_revenue_minor{kind="won",currency="EUR",service="rewards"} ${wonRevenue}\n`);
    expect(metrics).toContain(`rewards_kpi_rate{kpi="acceptanceRate",service="rewards"} ${expected.acceptanceRate}\n`);
  });

  it('measures OKR key results bound to the KPIs', async () => {
    const expected = expectedFor(inMarch);
    const google = expectedFor(inMarch.filter((l) => l.source === 'google'));
    const created = await rewards.send<{ objectiveId: string }>('POST', '/v1/okrs', {
      title: 'Sales accepts what marketing sends',
      period: '2026-03',
      keyResults: [
        { name: 'acceptance rate to 100 %', kpi: 'acceptanceRate', baseline: 0, target: 1 },
        { name: 'twice the Google leads', kpi: 'leads', baseline: 0, target: google.counts.leads * 2, scope: { groupBy: 'source', key: 'google' } },
        { name: 'won revenue', kpi: 'wonRevenueMinor', baseline: 0, target: 1, currency: 'EUR' },
      ],
    });
    expect(created.status).toBe(201);
    const { body } = await rewards.get<{ progress: number; keyResults: { current: number; progress: number }[] }>(`/v1/okrs/${created.body.objectiveId}`);
    expect(body.keyResults.map((kr) => [kr.current, kr.progress])).toEqual([
      [expected.acceptanceRate, expected.acceptanceRate],
      [google.counts.leads, 0.5],
      [(expected.wonRevenue[0] as { amountMinor: number }).amountMinor, 1],
    ]);
    const listed = await rewards.get<{ objectives: { objectiveId: string }[] }>('/v1/okrs?period=2026-03');
    expect(listed.body.objectives.map((objective) => objective.objectiveId)).toEqual([created.body.objectiveId]);
    const bad = await rewards.send<{ errors: { pointer: string }[] }>('POST', '/v1/okrs', {
      title: 'x',
      period: '2026-03',
      keyResults: [{ name: 'y', kpi: 'wonRevenueMinor', baseline: 1, target: 1 }],
    });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((error) => error.pointer).sort()).toEqual(['/keyResults/0/currency', '/keyResults/0/target']);
  });

  it('refuses a bad period or range with problem+json', async () => {
    const { status, body } = await rewards.get<{ errors: { pointer: string }[] }>('/v1/kpis?period=fortnight&groupBy=color');
    expect(status).toBe(400);
    expect(body.errors.map((error) => error.pointer).sort()).toEqual(['/groupBy', '/period']);
    expect((await kpis('from=2026-04-01&to=2026-03-01')).status).toBe(400);
  });
});
