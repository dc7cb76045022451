import { uuidv7 } from 'uuidv7';
import { AccordEvent } from '@accord/contracts';
import { eventually } from '@accord/testing';
import { person, pipelineEvent } from '../../test-support/pipeline-event';
import { RewardsUnderTest } from '../../test-support/rewards-under-test';

interface AttributionBody {
  groups: { key: string | null; credited: { amountMinor: number; currency: string }; deals: number }[];
}

const day = 24 * 60 * 60 * 1000;
const start = Date.UTC(2026, 2, 2, 9);
const at = (days: number) => new Date(start + days * day);
const touch = (channel: 'web_form' | 'google_ads' | 'linkedin_lead_gen' | 'facebook_lead_ads', source: string, campaign: string, days: number) => ({
  touchpointId: uuidv7(),
  channel,
  source,
  campaign,
  medium: null,
  occurredAt: at(days).toISOString(),
});

/** A lead captured from a web form, three touches later, converted the day after the last and won for 10,000.00 EUR. */
function wonJourney(leadId: string, isTest: boolean, amountMinor: number) {
  const opportunityId = `opp-${leadId}`;
  const consent = { marketing: true };
  return [
    pipelineEvent('capture.lead.captured.v1', { leadId, person: person('ada@example.org'), touchpoint: touch('web_form', 'website', 'spring', 0), consent, isTest }, at(0)),
    ...[touch('google_ads', 'google', 'search-brand', 7), touch('linkedin_lead_gen', 'linkedin', 'abm', 14), touch('facebook_lead_ads', 'facebook', 'retarget', 21)].map((touchpoint) =>
      pipelineEvent('capture.touchpoint.recorded.v1', { leadId, touchpoint, person: person('ada@example.org'), consent, matchedBy: 'email', isTest }),
    ),
    pipelineEvent('hand-off.lead.converted.v1', { leadId, assignmentId: 'a1', repId: 'rep-1', decidedAt: at(22).toISOString(), opportunityId, track: 'sales' }),
    pipelineEvent('hand-off.opportunity.closed.v1', {
      leadId,
      opportunityId,
      outcome: 'won',
      amount: { amountMinor, currency: 'EUR' },
      closedAt: at(40).toISOString(),
      track: 'sales',
      ownerId: 'rep-1',
      creditedMarketerId: null,
      lostReason: null,
    }),
  ];
}

describe('attribution over real Kafka and PostgreSQL', () => {
  let rewards: RewardsUnderTest;

  beforeAll(async () => {
    rewards = await RewardsUnderTest.start();
  });

  afterAll(async () => {
    await rewards?.stop();
  });

  const byCampaign = async (model: string): Promise<Record<string, number>> => {
    const { status, body } = await rewards.get<AttributionBody>(`/v1/attribution?model=${model}&groupBy=campaign&from=2026-03-01&to=2026-05-01`);
    expect(status).toBe(200);
    return Object.fromEntries(body.groups.map((group) => [group.key, group.credited.amountMinor]));
  };

  it('credits a 10,000.00 EUR win across four touchpoints exactly as each model says, test leads excluded', async () => {
    const announced = await rewards.collect('rewards.deal.attributed.v1');
    expect((await rewards.send('PUT', '/v1/campaigns/spring/owner', { marketerId: 'mia' })).status).toBe(200);
    expect((await rewards.send('PUT', '/v1/campaigns/search-brand/owner', { marketerId: 'mia' })).status).toBe(200);
    expect((await rewards.send('PUT', '/v1/campaigns/abm/owner', { marketerId: 'noah' })).status).toBe(200);

    // The close may be handled before the touchpoints: credits must still converge on all four.
    await rewards.publish(...wonJourney(uuidv7(), false, 1_000_000), ...wonJourney(uuidv7(), true, 500_000));

    const expected: Record<string, Record<string, number>> = {
      first_touch: { spring: 1_000_000 },
      last_touch: { retarget: 1_000_000 },
      linear: { spring: 250_000, 'search-brand': 250_000, abm: 250_000, retarget: 250_000 },
      u_shaped: { spring: 400_000, 'search-brand': 100_000, abm: 100_000, retarget: 400_000 },
      w_shaped: { spring: 600_000, 'search-brand': 50_000, abm: 50_000, retarget: 300_000 },
      time_decay: { spring: 66_667, 'search-brand': 133_333, abm: 266_667, retarget: 533_333 },
    };
    await eventually(async () => expect(await byCampaign('linear')).toEqual(expected['linear']), { timeoutMs: 30_000 });
    for (const [model, credits] of Object.entries(expected)) {
      const actual = await byCampaign(model);
      expect(actual).toEqual(credits);
      expect(Object.values(actual).reduce((sum, amount) => sum + amount, 0)).toBe(1_000_000);
    }

    const { body } = await rewards.get<AttributionBody>('/v1/attribution?model=w_shaped&groupBy=marketer');
    expect(body.groups).toEqual([
      { key: 'mia', credited: { amountMinor: 650_000, currency: 'EUR' }, deals: 1 },
      { key: null, credited: { amountMinor: 300_000, currency: 'EUR' }, deals: 1 },
      { key: 'noah', credited: { amountMinor: 50_000, currency: 'EUR' }, deals: 1 },
    ]);
    expect(await byCampaign('linear')).toEqual(expected['linear']);
    const outside = await rewards.get<AttributionBody>('/v1/attribution?model=linear&from=2026-05-01');
    expect(outside.body.groups).toEqual([]);

    // Others hear of the final split: the last announcement of the real deal carries every model's exact credits.
    await eventually(
      () => {
        const real = (announced as AccordEvent<'rewards.deal.attributed.v1'>[]).filter((event) => event.payload.amount.amountMinor === 1_000_000);
        const last = real[real.length - 1];
        const byModel: Record<string, Record<string, number>> = {};
        for (const credit of last?.payload.credits ?? []) {
          byModel[credit.model] = { ...byModel[credit.model], [credit.campaign ?? '']: credit.amountMinor };
        }
        expect(byModel).toEqual(expected);
      },
      { timeoutMs: 30_000 },
    );
  });

  it('takes a win back when the opportunity turns out lost', async () => {
    const leadId = uuidv7();
    const journey = wonJourney(leadId, false, 200_000);
    await rewards.publish(...journey);
    const byLead = () => rewards.get<AttributionBody>('/v1/attribution?model=first_touch&groupBy=source&from=2026-04-11&to=2026-04-12');
    await eventually(async () => expect((await byLead()).body.groups.map((g) => g.credited.amountMinor)).toEqual([1_200_000]), { timeoutMs: 30_000 });
    const closed = journey[journey.length - 1]! as ReturnType<typeof pipelineEvent<'hand-off.opportunity.closed.v1'>>;
    await rewards.publish(pipelineEvent('hand-off.opportunity.closed.v1', { ...closed.payload, outcome: 'lost', lostReason: 'budget' }));
    await eventually(async () => expect((await byLead()).body.groups.map((g) => g.credited.amountMinor)).toEqual([1_000_000]), { timeoutMs: 30_000 });
  });

  it('answers bad queries with problem+json naming the field', async () => {
    const { status, body } = await rewards.get<{ errors: { pointer: string }[] }>('/v1/attribution?model=magic&groupBy=planet&from=yesterday');
    expect(status).toBe(400);
    expect(body.errors.map((error) => error.pointer).sort()).toEqual(['/from', '/groupBy', '/model']);
    expect((await rewards.get('/v1/attribution?from=2026-05-01&to=2026-04-01')).status).toBe(400);
    expect((await rewards.send('PUT', '/v1/campaigns/x/owner', { marketerId: '' })).status).toBe(400);
  });
});
