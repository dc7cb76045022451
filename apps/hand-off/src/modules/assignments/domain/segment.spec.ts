import { segmentOf } from './segment';

describe('segmentOf', () => {
  it('derives the segment from company size when enrichment does not name one', () => {
    expect([10, 49, 50, 999, 1000].map((employeeCount) => segmentOf({ employeeCount }))).toEqual([
      'smb',
      'smb',
      'mid_market',
      'mid_market',
      'enterprise',
    ]);
    expect(segmentOf({ segment: 'public_sector', employeeCount: 10 })).toBe('public_sector');
    expect(segmentOf({})).toBeNull();
  });
});
