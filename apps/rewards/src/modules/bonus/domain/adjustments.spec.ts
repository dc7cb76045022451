import { adjustmentLines } from './adjustments';

describe('adjustmentLines', () => {
  it('turns a changed earlier period into an adjustment, and nothing when it did not change', () => {
    const recomputed = [{ kind: 'pipeline_key_result' as const, description: '', amountMinor: 150, trace: {} }];
    expect(adjustmentLines([{ period: '2026-03', paidMinor: 100, recomputed }])).toEqual([
      expect.objectContaining({ kind: 'adjustment', amountMinor: 50, trace: expect.objectContaining({ forPeriod: '2026-03', paidMinor: 100, dueMinor: 150 }) }),
    ]);
    expect(adjustmentLines([{ period: '2026-03', paidMinor: 150, recomputed }])).toEqual([]);
  });

});
