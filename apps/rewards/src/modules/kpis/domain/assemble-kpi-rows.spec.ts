import { assembleKpiRows } from './assemble-kpi-rows';

const march = new Date('2026-03-01T00:00:00.000Z');
const april = new Date('2026-04-01T00:00:00.000Z');
const counts = {
  leads: 10,
  mqls: 5,
  assigned: 4,
  sals: 3,
  rejected: 1,
  sqls: 2,
  opportunities: 2,
  won: 1,
  lost: 1,
  slaBreached: 1,
  speedToLeadAverageSeconds: 90,
};

describe('assembleKpiRows', () => {
  it('joins counts and money of the same period and group, keeping currencies apart', () => {
    const rows = assembleKpiRows({
      counts: [{ period: march, key: 'google', value: counts }],
      pipelineValue: [
        { period: march, key: 'google', value: { amountMinor: 500, currency: 'EUR' } },
        { period: march, key: 'google', value: { amountMinor: 700, currency: 'USD' } },
      ],
      wonRevenue: [{ period: march, key: 'google', value: { amountMinor: 500, currency: 'EUR' } }],
      attributedRevenue: [{ period: april, key: 'google', value: { amountMinor: 300, currency: 'EUR' } }],
    });
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({
      period: '2026-03-01T00:00:00.000Z',
      key: 'google',
      counts: { leads: 10, won: 1 },
      pipelineValue: [
        { amountMinor: 500, currency: 'EUR' },
        { amountMinor: 700, currency: 'USD' },
      ],
      wonRevenue: [{ amountMinor: 500, currency: 'EUR' }],
      attributedRevenue: [],
      winRate: 0.5,
    });
    expect(rows[1]).toMatchObject({ period: '2026-04-01T00:00:00.000Z', counts: { leads: 0 }, attributedRevenue: [{ amountMinor: 300, currency: 'EUR' }] });
  });
});
