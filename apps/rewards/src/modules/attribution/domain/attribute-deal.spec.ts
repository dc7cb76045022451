import fc from 'fast-check';
import { attributeDeal } from './attribute-deal';
import { attributionModels, AttributionModel } from './attribution-model';
import { buildJourney, JourneyTouchpoint } from './journey';

const day = 24 * 60 * 60 * 1000;
const at = (days: number) => new Date(Date.UTC(2026, 2, 1) + days * day);
const touch = (touchpointId: string, days: number, isLeadCreation = false): JourneyTouchpoint => ({
  touchpointId,
  occurredAt: at(days),
  isLeadCreation,
});

const tenThousandEuros = 1_000_000;

function creditsOf(model: AttributionModel, touches: JourneyTouchpoint[], openedAt: Date) {
  const journey = buildJourney(touches, openedAt)!;
  return Object.fromEntries(attributeDeal(tenThousandEuros, journey, model).map((c) => [c.touchpoint.touchpointId, c.amountMinor]));
}

describe('attributeDeal: a lead created by its first touch, three touches later, won for 10,000.00 EUR', () => {
  const touches = [touch('t1', 0, true), touch('t2', 7), touch('t3', 14), touch('t4', 21)];
  const openedAt = at(22);

  it.each<[AttributionModel, Record<string, number>]>([
    ['first_touch', { t1: 1_000_000 }],
    ['last_touch', { t4: 1_000_000 }],
    ['linear', { t1: 250_000, t2: 250_000, t3: 250_000, t4: 250_000 }],
    ['u_shaped', { t1: 400_000, t2: 100_000, t3: 100_000, t4: 400_000 }],
    // first touch and lead creation are one touch: 30 + 30 to t1, 30 to t4, 10 shared by t2 and t3
    ['w_shaped', { t1: 600_000, t2: 50_000, t3: 50_000, t4: 300_000 }],
    // weights 1/8, 1/4, 1/2, 1 of 15/8: quotas 66,666.67 / 133,333.33 / 266,666.67 / 533,333.33
    ['time_decay', { t1: 66_667, t2: 133_333, t3: 266_667, t4: 533_333 }],
  ])('%s', (model, expected) => {
    const credits = creditsOf(model, touches, openedAt);
    expect(credits).toEqual(expected);
    expect(Object.values(credits).reduce((a, b) => a + b, 0)).toBe(tenThousandEuros);
  });
});

describe('attributeDeal: first touch, lead creation and opportunity creation on three different touches', () => {
  const touches = [touch('t1', 0), touch('t2', 3, true), touch('t3', 6), touch('t4', 9)];

  it('W-shaped gives 30 % to each of them and the shared 10 % to the one in between', () => {
    expect(creditsOf('w_shaped', touches, at(10))).toEqual({ t1: 300_000, t2: 300_000, t3: 100_000, t4: 300_000 });
  });

  it('touches after the opportunity opened earn nothing', () => {
    expect(creditsOf('last_touch', touches, at(7))).toEqual({ t3: 1_000_000 });
  });

  it('W-shaped with only its three special touches splits the shared 10 % among them', () => {
    expect(creditsOf('w_shaped', touches.slice(0, 2).concat(touch('t4', 9)), at(10))).toEqual({
      t1: 333_334,
      t2: 333_333,
      t4: 333_333,
    });
  });

  it('a single touch gets everything in every model', () => {
    for (const model of attributionModels) expect(creditsOf(model, [touch('only', 1, true)], at(2))).toEqual({ only: 1_000_000 });
  });

  it('time decay follows its half-life', () => {
    const journey = buildJourney([touch('old', 0), touch('new', 1)], at(1))!;
    const credits = attributeDeal(300, journey, 'time_decay', { timeDecayHalfLifeMs: day });
    expect(credits.map((c) => c.amountMinor)).toEqual([100, 200]);
  });
});

describe('attributeDeal properties', () => {
  const touches = fc
    .uniqueArray(fc.record({ id: fc.string({ minLength: 1, maxLength: 6 }), minutes: fc.integer({ min: 0, max: 200_000 }) }), {
      minLength: 1,
      maxLength: 25,
      selector: (t) => t.id,
    })
    .chain((list) =>
      fc.integer({ min: 0, max: list.length - 1 }).map((creation) =>
        list.map((t, index) => ({ touchpointId: t.id, occurredAt: new Date(Date.UTC(2026, 0, 1) + t.minutes * 60_000), isLeadCreation: index === creation })),
      ),
    );

  it('credits of every model add up exactly to the deal amount and are never negative', () => {
    fc.assert(
      fc.property(touches, fc.integer({ min: 0, max: 10_000_000_000 }), fc.constantFrom(...attributionModels), (list, amount, model) => {
        const journey = buildJourney(list, new Date(Date.UTC(2027, 0, 1)))!;
        const credits = attributeDeal(amount, journey, model);
        expect(credits.reduce((sum, c) => sum + c.amountMinor, 0)).toBe(amount);
        for (const credit of credits) expect(credit.amountMinor).toBeGreaterThan(0);
      }),
    );
  });
});
