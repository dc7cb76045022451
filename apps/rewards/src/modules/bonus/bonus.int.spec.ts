import { uuidv7 } from 'uuidv7';
import { AccordEvent } from '@accord/contracts';
import { eventually } from '@accord/testing';
import { person, pipelineEvent } from '../../test-support/pipeline-event';
import { RewardsUnderTest } from '../../test-support/rewards-under-test';

interface Statement {
  statementId: string;
  period: string;
  totalMinor: number;
  lines: { kind: string; amountMinor: number; trace: Record<string, unknown> }[];
}

/** A lead from the spring campaign, accepted, converted and won in March. */
function wonInMarch(capturedDay: number, wonDay: number, amountMinor: number): AccordEvent[] {
  const leadId = uuidv7();
  const at = (day: number) => new Date(Date.UTC(2026, 2, day, 10));
  const decision = { leadId, assignmentId: `as-${leadId}`, repId: 'rep-1' };
  return [
    pipelineEvent(
      'capture.lead.captured.v1',
      {
        leadId,
        person: person('lead@example.org'),
        touchpoint: { channel: 'web_form', source: 'website', campaign: 'spring', medium: null, occurredAt: at(capturedDay).toISOString() },
        consent: { marketing: true },
        isTest: false,
      },
      at(capturedDay),
    ),
    pipelineEvent('hand-off.lead.accepted.v1', { ...decision, decidedAt: at(capturedDay + 1).toISOString() }),
    pipelineEvent('hand-off.lead.converted.v1', { ...decision, decidedAt: at(capturedDay + 2).toISOString(), opportunityId: `opp-${leadId}`, track: 'sales' }),
    pipelineEvent('hand-off.opportunity.closed.v1', {
      leadId,
      opportunityId: `opp-${leadId}`,
      outcome: 'won',
      amount: { amountMinor, currency: 'EUR' },
      closedAt: at(wonDay).toISOString(),
      track: 'sales',
      ownerId: 'rep-1',
      creditedMarketerId: null,
      lostReason: null,
    }),
  ];
}

describe('bonus statements over real Kafka and PostgreSQL', () => {
  let rewards: RewardsUnderTest;
  let planId: string;

  beforeAll(async () => {
    rewards = await RewardsUnderTest.start();
    await rewards.send('PUT', '/v1/campaigns/spring/owner', { marketerId: 'mia' });
    const created = await rewards.send<{ planId: string }>('POST', '/v1/bonus/plans', {
      name: 'Mia: spring revenue and the shared pipeline',
      beneficiary: { kind: 'person', id: 'mia' },
      cadence: 'month',
      currency: 'EUR',
      rules: [
        { kind: 'attributed_revenue_share', model: 'linear', shareBasisPoints: 1000, acceptanceRateTarget: 0.5 },
        { kind: 'pipeline_key_result', targetMinor: 1_000_000, payoutMinor: 20_000 },
      ],
    });
    expect(created.status).toBe(201);
    planId = created.body.planId;
  });

  afterAll(async () => {
    await rewards?.stop();
  });

  const springInMarch = async () =>
    (await rewards.get<{ groups: { key: string; credited: { amountMinor: number } }[] }>('/v1/attribution?model=linear&groupBy=campaign&from=2026-03-01&to=2026-04-01')).body.groups.find(
      (group) => group.key === 'spring',
    )?.credited.amountMinor;

  it('issues a reproducible statement, and pays a late outcome as an adjustment on the next one', async () => {
    await rewards.publish(...wonInMarch(2, 20, 1_000_000));
    // The lead's events come on four topics: the statement waits for the acceptance as well as the credit.
    await eventually(
      async () => {
        expect(await springInMarch()).toBe(1_000_000);
        const preview = await rewards.get<{ lines: Statement['lines'] }>(`/v1/bonus/plans/${planId}/preview/2026-03`);
        expect(preview.body.lines[0]!.trace['acceptanceRate']).toBe(1);
      },
      { timeoutMs: 30_000 },
    );

    const march = await rewards.send<Statement>('POST', `/v1/bonus/plans/${planId}/statements/2026-03`, {});
    expect(march.status).toBe(201);
    expect(march.body.lines.map((line) => [line.kind, line.amountMinor])).toEqual([
      ['attributed_revenue_share', 100_000],
      ['pipeline_key_result', 20_000],
    ]);
    expect(march.body.totalMinor).toBe(120_000);
    expect(march.body.lines[0]!.trace['credits']).toEqual([expect.objectContaining({ campaign: 'spring', amountMinor: 1_000_000, model: 'linear' })]);

    const recomputed = await rewards.get<{ lines: unknown[] }>(`/v1/bonus/plans/${planId}/preview/2026-03`);
    expect(recomputed.body.lines).toEqual(march.body.lines);
    const again = await rewards.send<Statement>('POST', `/v1/bonus/plans/${planId}/statements/2026-03`, {});
    expect(again.status).toBe(200);
    expect(again.body).toEqual(march.body);

    // A March win reported after March was paid.
    await rewards.publish(...wonInMarch(10, 25, 500_000));
    await eventually(async () => expect(await springInMarch()).toBe(1_500_000), { timeoutMs: 30_000 });

    expect((await rewards.get<Statement>(`/v1/bonus/plans/${planId}/statements/2026-03`)).body).toEqual(march.body);
    const april = await rewards.send<Statement>('POST', `/v1/bonus/plans/${planId}/statements/2026-04`, {});
    expect(april.status).toBe(201);
    expect(april.body.lines.map((line) => [line.kind, line.amountMinor])).toEqual([
      ['attributed_revenue_share', 0],
      ['pipeline_key_result', 0],
      ['adjustment', 50_000],
    ]);
    expect(april.body.lines[2]!.trace).toMatchObject({ forPeriod: '2026-03', paidMinor: 120_000, dueMinor: 170_000 });

    const may = await rewards.send<Statement>('POST', `/v1/bonus/plans/${planId}/statements/2026-05`, {});
    expect(may.body.lines.filter((line) => line.kind === 'adjustment')).toEqual([]);
  });

  it('refuses bad plans and periods', async () => {
    const bad = await rewards.send<{ errors: { pointer: string }[] }>('POST', '/v1/bonus/plans', {
      name: 'x',
      beneficiary: { kind: 'person', id: 'mia' },
      cadence: 'month',
      currency: 'euro',
      rules: [{ kind: 'attributed_revenue_share', model: 'linear', shareBasisPoints: 20_000, acceptanceRateTarget: 0.5 }],
    });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((error) => error.pointer).sort()).toEqual(['/currency', '/rules/0/shareBasisPoints']);
    expect((await rewards.send('POST', `/v1/bonus/plans/${planId}/statements/2026-Q2`, {})).status).toBe(422);
    expect((await rewards.send('POST', `/v1/bonus/plans/${planId}/statements/march`, {})).status).toBe(400);
    expect((await rewards.get(`/v1/bonus/plans/${uuidv7()}`)).status).toBe(404);
    expect((await rewards.get(`/v1/bonus/plans/${planId}/statements/2027-01`)).status).toBe(404);
  });
});
