import { closedOpportunity, OutcomeReport } from './closed-opportunity';

const won: OutcomeReport = {
  opportunityId: 'opp-1',
  outcome: 'won',
  amount: { amountMinor: 1_250_000, currency: 'EUR' },
  closedAt: '2026-12-14T16:00:00.000Z',
  lostReason: 'ignored on a win',
};
const leadId = '01a21951-b8a5-735f-864f-858935f4074f';

describe('closedOpportunity', () => {
  it('credits a marketing-track win to the marketer', () => {
    const closed = closedOpportunity(won, { leadId, assigneeKind: 'rep', assigneeId: 'mkt-lin', track: 'marketing' });
    expect(closed).toMatchObject({ track: 'marketing', ownerId: 'mkt-lin', creditedMarketerId: 'mkt-lin', lostReason: null });
  });

  it('credits no marketer on the sales track or for a loss', () => {
    expect(closedOpportunity(won, { leadId, assigneeKind: 'rep', assigneeId: 'rep-ada', track: 'sales' }).creditedMarketerId).toBeNull();
    const lost = closedOpportunity({ ...won, outcome: 'lost', lostReason: 'price' }, { leadId, assigneeKind: 'rep', assigneeId: 'mkt-lin', track: 'marketing' });
    expect(lost).toMatchObject({ creditedMarketerId: null, lostReason: 'price' });
  });

  it('has no owner when the lead still waits in a queue', () => {
    expect(closedOpportunity(won, { leadId, assigneeKind: 'queue', assigneeId: 'inbound', track: 'sales' }).ownerId).toBeNull();
  });
});
