import { DateTime } from 'luxon';
import { minutesOfClock, WorkingHours } from '../../organization/domain/working-hours';

export interface BusinessCalendar {
  timeZone: string;
  hours: WorkingHours;
  /** Whether a local date (YYYY-MM-DD) is a public holiday. */
  isHoliday: (localDate: string) => boolean;
}

const maxDaysSearched = 3_660;
const minuteMs = 60_000;

const localDate = (day: DateTime) => `${day.year}-${String(day.month).padStart(2, '0')}-${String(day.day).padStart(2, '0')}`;

/**
 * The instant `durationMs` of working time after `start`, skipping nights, days off and holidays.
 * Opening and closing are that many minutes of elapsed time after local midnight; only the step from
 * one local midnight to the next needs the time zone, so a long SLA costs one zone lookup per day.
 */
export function addBusinessTime(start: Date, durationMs: number, calendar: BusinessCalendar): Date {
  let remaining = durationMs;
  let cursor = start.getTime();
  let midnight = DateTime.fromJSDate(start, { zone: calendar.timeZone }).startOf('day');
  const opensAfterMs = minutesOfClock(calendar.hours.start) * minuteMs;
  const closesAfterMs = minutesOfClock(calendar.hours.end) * minuteMs;
  for (let day = 0; day < maxDaysSearched; day++) {
    const nextMidnight = midnight.plus({ days: 1 });
    if (calendar.hours.days.includes(midnight.weekday) && !calendar.isHoliday(localDate(midnight))) {
      const from = Math.max(cursor, midnight.toMillis() + opensAfterMs);
      const available = midnight.toMillis() + closesAfterMs - from;
      if (available > 0) {
        if (remaining <= available) return new Date(from + remaining);
        remaining -= available;
      }
    }
    midnight = nextMidnight;
    cursor = nextMidnight.toMillis();
  }
  throw new Error(`No working time within ${maxDaysSearched} days in ${calendar.timeZone}`);
}
