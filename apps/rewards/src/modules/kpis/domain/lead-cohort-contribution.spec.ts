import { cohortChange, cohortChangeOfLeads, CohortCounters, LeadCohortContribution } from './lead-cohort-contribution';

const counters = (overrides: Partial<CohortCounters> = {}): CohortCounters => ({
  leads: 1,
  mqls: 0,
  assigned: 0,
  sals: 0,
  rejected: 0,
  sqls: 0,
  slaBreached: 0,
  speedMilliseconds: 0,
  speedCount: 0,
  opportunities: 0,
  won: 0,
  lost: 0,
  ...overrides,
});

const lead = (overrides: Partial<LeadCohortContribution> = {}): LeadCohortContribution => ({
  day: '2026-03-10',
  keys: { source: 'google', campaign: 'spring' },
  counters: counters(),
  money: [],
  ...overrides,
});

const zero = counters({ leads: 0 });

describe('cohortChange', () => {
  it('adds a newly counted lead to its source and its campaign bucket, source first', () => {
    const change = cohortChange(null, lead({ counters: counters({ mqls: 1 }) }));
    expect(change.counts).toEqual([
      { dimension: 'source', day: '2026-03-10', key: 'google', counters: counters({ mqls: 1 }) },
      { dimension: 'campaign', day: '2026-03-10', key: 'spring', counters: counters({ mqls: 1 }) },
    ]);
    expect(change.money).toEqual([]);
    expect(change.shrunk).toEqual([]);
  });

  it('adds only what moved when the lead stays in its buckets', () => {
    const before = lead({ counters: counters({ mqls: 1, assigned: 1 }) });
    const after = lead({ counters: counters({ mqls: 1, assigned: 1, sals: 1, speedMilliseconds: 5_400_123, speedCount: 1 }) });
    const change = cohortChange(before, after);
    expect(change.counts.map((row) => row.counters)).toEqual([
      { ...zero, sals: 1, speedMilliseconds: 5_400_123, speedCount: 1 },
      { ...zero, sals: 1, speedMilliseconds: 5_400_123, speedCount: 1 },
    ]);
    expect(change.shrunk).toEqual([]);
  });

  it('changes nothing when the event changed nothing the roll-up counts', () => {
    const same = lead({ counters: counters({ mqls: 1 }), money: [{ currency: 'EUR', pipelineMinor: 500n, wonMinor: 500n }] });
    expect(cohortChange(same, { ...same })).toEqual({ counts: [], money: [], shrunk: [] });
    expect(cohortChange(null, null)).toEqual({ counts: [], money: [], shrunk: [] });
  });

  it('adds the amounts of a newly closed deal per currency, the others untouched', () => {
    const before = lead({ counters: counters({ opportunities: 2 }), money: [{ currency: 'EUR', pipelineMinor: 700n, wonMinor: 0n }] });
    const after = lead({
      counters: counters({ opportunities: 2, won: 1, lost: 1 }),
      money: [
        { currency: 'EUR', pipelineMinor: 700n, wonMinor: 0n },
        { currency: 'USD', pipelineMinor: 9_007_199_254_740_993n, wonMinor: 9_007_199_254_740_993n },
      ],
    });
    const change = cohortChange(before, after);
    expect(change.counts.map((row) => [row.dimension, row.counters.won, row.counters.lost])).toEqual([
      ['source', 1, 1],
      ['campaign', 1, 1],
    ]);
    expect(change.money).toEqual([
      { dimension: 'source', day: '2026-03-10', key: 'google', currency: 'USD', pipelineMinor: 9_007_199_254_740_993n, wonMinor: 9_007_199_254_740_993n },
      { dimension: 'campaign', day: '2026-03-10', key: 'spring', currency: 'USD', pipelineMinor: 9_007_199_254_740_993n, wonMinor: 9_007_199_254_740_993n },
    ]);
  });

  it('moves a lead captured again under another source out of the old bucket and into the new one', () => {
    const before = lead({ counters: counters({ mqls: 1 }), money: [{ currency: 'EUR', pipelineMinor: 300n, wonMinor: 300n }] });
    const after = { ...before, keys: { source: 'linkedin', campaign: 'spring' } };
    const change = cohortChange(before, after);
    expect(change.counts).toEqual([
      { dimension: 'source', day: '2026-03-10', key: 'google', counters: counters({ leads: -1, mqls: -1 }) },
      { dimension: 'source', day: '2026-03-10', key: 'linkedin', counters: counters({ mqls: 1 }) },
    ]);
    expect(change.money.map((row) => [row.key, row.pipelineMinor, row.wonMinor])).toEqual([
      ['google', -300n, -300n],
      ['linkedin', 300n, 300n],
    ]);
    expect(change.shrunk).toEqual([{ dimension: 'source', day: '2026-03-10', key: 'google' }]);
  });

  it('takes a lead that stopped counting back out of both buckets', () => {
    const before = lead({ counters: counters({ assigned: 1 }) });
    const change = cohortChange(before, null);
    expect(change.counts.map((row) => [row.dimension, row.counters.leads, row.counters.assigned])).toEqual([
      ['source', -1, -1],
      ['campaign', -1, -1],
    ]);
    expect(change.shrunk.map((bucket) => bucket.dimension)).toEqual(['source', 'campaign']);
  });

  it('marks a bucket whose amounts went down, so an emptied money row can go', () => {
    const before = lead({ money: [{ currency: 'EUR', pipelineMinor: 300n, wonMinor: 0n }] });
    const after = lead({ money: [{ currency: 'USD', pipelineMinor: 300n, wonMinor: 0n }] });
    const change = cohortChange(before, after);
    expect(change.counts).toEqual([]);
    expect(change.money.map((row) => [row.dimension, row.currency, row.pipelineMinor])).toEqual([
      ['source', 'EUR', -300n],
      ['source', 'USD', 300n],
      ['campaign', 'EUR', -300n],
      ['campaign', 'USD', 300n],
    ]);
    expect(change.shrunk.map((bucket) => bucket.dimension)).toEqual(['source', 'campaign']);
  });
});

describe('cohortChangeOfLeads', () => {
  it('adds up several leads per bucket, and a lead moving between two others nets out where they meet', () => {
    const qualified = { before: lead(), after: lead({ counters: counters({ mqls: 1 }) }) };
    const captured = { before: null, after: lead({ day: '2026-03-11' }) };
    const moved = { before: lead({ keys: { source: 'bing', campaign: 'spring' } }), after: lead() };
    const change = cohortChangeOfLeads([qualified, captured, moved]);
    expect(change.counts).toEqual([
      { dimension: 'source', day: '2026-03-10', key: 'bing', counters: counters({ leads: -1 }) },
      { dimension: 'source', day: '2026-03-10', key: 'google', counters: counters({ mqls: 1 }) },
      { dimension: 'source', day: '2026-03-11', key: 'google', counters: counters() },
      { dimension: 'campaign', day: '2026-03-10', key: 'spring', counters: counters({ leads: 0, mqls: 1 }) },
      { dimension: 'campaign', day: '2026-03-11', key: 'spring', counters: counters() },
    ]);
    expect(change.shrunk).toEqual([{ dimension: 'source', day: '2026-03-10', key: 'bing' }]);
  });

  it('is what the leads changed one by one add up to', () => {
    const first = { before: null, after: lead({ money: [{ currency: 'EUR', pipelineMinor: 500n, wonMinor: 0n }] }) };
    const second = { before: lead({ money: [{ currency: 'EUR', pipelineMinor: 500n, wonMinor: 0n }] }), after: lead({ counters: counters({ won: 1 }), money: [{ currency: 'EUR', pipelineMinor: 500n, wonMinor: 500n }] }) };
    const together = cohortChangeOfLeads([first, second]);
    const telescoped = cohortChange(first.before, second.after);
    expect(together).toEqual(telescoped);
  });
});
