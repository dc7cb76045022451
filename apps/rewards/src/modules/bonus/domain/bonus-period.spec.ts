import { parseBonusPeriod } from './bonus-period';

describe('parseBonusPeriod', () => {
  it('reads months and quarters as UTC ranges', () => {
    expect(parseBonusPeriod('2026-03')).toEqual({ name: '2026-03', cadence: 'month', from: new Date('2026-03-01T00:00:00Z'), to: new Date('2026-04-01T00:00:00Z') });
    expect(parseBonusPeriod('2026-Q4')?.to).toEqual(new Date('2027-01-01T00:00:00Z'));
    expect(parseBonusPeriod('2026-13')).toBeNull();
  });
});
