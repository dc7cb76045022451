import { aroundTheClock } from '../../organization/domain/working-hours';
import { addBusinessTime, BusinessCalendar } from './business-calendar';
import { publicHolidays } from './public-holidays';

const hour = 3_600_000;
const berlin: BusinessCalendar = {
  timeZone: 'Europe/Berlin',
  hours: { days: [1, 2, 3, 4, 5], start: '09:00', end: '17:00' },
  isHoliday: publicHolidays('DE', null),
};

describe('addBusinessTime', () => {
  it('counts only working hours on the same day', () => {
    // Tuesday 10:00 Berlin (CET) + 4h = 14:00 Berlin = 13:00 UTC
    expect(addBusinessTime(new Date('2026-12-01T09:00:00.000Z'), 4 * hour, berlin).toISOString()).toBe('2026-12-01T13:00:00.000Z');
  });

  it('starts the clock at opening time for a lead that qualified at night', () => {
    expect(addBusinessTime(new Date('2026-12-01T02:00:00.000Z'), 1 * hour, berlin).toISOString()).toBe('2026-12-01T09:00:00.000Z');
  });

  it('skips the weekend', () => {
    // Friday 4 Dec 16:00 Berlin + 4h: 1h on Friday, 3h from Monday 09:00 → 12:00 Berlin = 11:00 UTC
    expect(addBusinessTime(new Date('2026-12-04T15:00:00.000Z'), 4 * hour, berlin).toISOString()).toBe('2026-12-07T11:00:00.000Z');
  });

  it('skips Good Friday, the Easter weekend and Easter Monday', () => {
    // Thursday 2 Apr 2026 16:00 Berlin (CEST) + 4h → Tuesday 7 Apr 12:00 Berlin = 10:00 UTC
    expect(addBusinessTime(new Date('2026-04-02T14:00:00.000Z'), 4 * hour, berlin).toISOString()).toBe('2026-04-07T10:00:00.000Z');
  });

  it('uses the region’s holidays', () => {
    // 6 January is a holiday in Bavaria, not in Berlin
    const bavaria = { ...berlin, isHoliday: publicHolidays('DE', 'BY') };
    const start = new Date('2026-01-05T15:00:00.000Z');
    expect(addBusinessTime(start, 2 * hour, berlin).toISOString()).toBe('2026-01-06T09:00:00.000Z');
    expect(addBusinessTime(start, 2 * hour, bavaria).toISOString()).toBe('2026-01-07T09:00:00.000Z');
  });

  it('is plain elapsed time around the clock', () => {
    const around: BusinessCalendar = { timeZone: 'UTC', hours: aroundTheClock, isHoliday: () => false };
    expect(addBusinessTime(new Date('2026-12-05T23:30:00.000Z'), 2 * hour, around).toISOString()).toBe('2026-12-06T01:30:00.000Z');
  });

  it('counts a long window across weekends, holidays and both daylight-saving changes', () => {
    // 100 working hours of 8 a day from Monday 2 March 2026 09:00 Berlin: 12.5 working days, so Wednesday 18 March
    // 13:00 Berlin (CET) = 12:00 UTC.
    expect(addBusinessTime(new Date('2026-03-02T08:00:00.000Z'), 100 * hour, berlin).toISOString()).toBe('2026-03-18T12:00:00.000Z');
    // 400 working hours = 50 working days from the same start, past the change to summer time on 29 March, Good Friday,
    // Easter Monday and 1 May: the 50th is Wednesday 13 May, closing at 17:00 Berlin (CEST) = 15:00 UTC.
    expect(addBusinessTime(new Date('2026-03-02T08:00:00.000Z'), 400 * hour, berlin).toISOString()).toBe('2026-05-13T15:00:00.000Z');
  });
});

