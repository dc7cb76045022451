import { aroundTheClock, isWithinWorkingHours } from './working-hours';

describe('isWithinWorkingHours', () => {
  const office = { days: [1, 2, 3, 4, 5], start: '09:00', end: '17:00' };

  it('reads the clock in the rep’s own time zone', () => {
    // 08:30 UTC on a Monday is 09:30 in Amsterdam (winter) but 03:30 in New York.
    const at = new Date('2026-11-30T08:30:00.000Z');
    expect(isWithinWorkingHours(office, 'Europe/Amsterdam', at)).toBe(true);
    expect(isWithinWorkingHours(office, 'America/New_York', at)).toBe(false);
  });

  it('excludes the end of the day and days off', () => {
    expect(isWithinWorkingHours(office, 'UTC', new Date('2026-11-30T17:00:00.000Z'))).toBe(false);
    expect(isWithinWorkingHours(office, 'UTC', new Date('2026-11-29T10:00:00.000Z'))).toBe(false);
  });

  it('treats 24:00 as the end of the day', () => {
    expect(isWithinWorkingHours(aroundTheClock, 'UTC', new Date('2026-11-29T23:59:00.000Z'))).toBe(true);
  });
});
