import { DateTime } from 'luxon';
import { minutesOfClock, WorkingHours } from '../../organization/domain/working-hours';

export interface BusinessCalendar {
  timeZone: string;
  hours: WorkingHours;
  /** Whether a local date (YYYY-MM-DD) is a public holiday. */
  isHoliday: (localDate: string) => boolean;
}

const maxDaysSearched = 3_660;

/** The instant `durationMs` of working time after `start`, skipping nights, days off and holidays. */
export function addBusinessTime(start: Date, durationMs: number, calendar: BusinessCalendar): Date {
  let remaining = durationMs;
  let cursor = DateTime.fromJSDate(start, { zone: calendar.timeZone });
  const opensAt = minutesOfClock(calendar.hours.start);
  const closesAt = minutesOfClock(calendar.hours.end);
  for (let day = 0; day < maxDaysSearched; day++) {
    const midnight = cursor.startOf('day');
    const workday = calendar.hours.days.includes(midnight.weekday) && !calendar.isHoliday(midnight.toISODate() ?? '');
    if (workday) {
      const opening = midnight.plus({ minutes: opensAt });
      const closing = midnight.plus({ minutes: closesAt });
      if (cursor < opening) cursor = opening;
      if (cursor < closing) {
        const available = closing.toMillis() - cursor.toMillis();
        if (remaining <= available) return cursor.plus({ milliseconds: remaining }).toJSDate();
        remaining -= available;
      }
    }
    cursor = midnight.plus({ days: 1 });
  }
  throw new Error(`No working time within ${maxDaysSearched} days in ${calendar.timeZone}`);
}
