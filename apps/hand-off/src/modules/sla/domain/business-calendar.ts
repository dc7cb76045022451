import { localDayAt, nextLocalDay } from '../../organization/domain/local-time';
import { minutesOfClock, WorkingHours } from '../../organization/domain/working-hours';

export interface BusinessCalendar {
  timeZone: string;
  hours: WorkingHours;
  /** Whether a local date (YYYY-MM-DD) is a public holiday. */
  isHoliday: (localDate: string) => boolean;
}

const maxDaysSearched = 3_660;
const minuteMs = 60_000;

/**
 * The instant `durationMs` of working time after `start`, skipping nights, days off and holidays.
 * Opening and closing are that many minutes of elapsed time after local midnight; only the step from
 * one local midnight to the next needs the time zone, so a long SLA costs one zone lookup per day.
 */
export function addBusinessTime(start: Date, durationMs: number, calendar: BusinessCalendar): Date {
  let remaining = durationMs;
  let cursor = start.getTime();
  let day = localDayAt(calendar.timeZone, cursor);
  const opensAfterMs = minutesOfClock(calendar.hours.start) * minuteMs;
  const closesAfterMs = minutesOfClock(calendar.hours.end) * minuteMs;
  for (let searched = 0; searched < maxDaysSearched; searched++) {
    if (calendar.hours.days.includes(day.weekday) && !calendar.isHoliday(day.date)) {
      const from = Math.max(cursor, day.startsAtMs + opensAfterMs);
      const available = day.startsAtMs + closesAfterMs - from;
      if (available > 0) {
        if (remaining <= available) return new Date(from + remaining);
        remaining -= available;
      }
    }
    cursor = day.endsAtMs;
    day = nextLocalDay(calendar.timeZone, day);
  }
  throw new Error(`No working time within ${maxDaysSearched} days in ${calendar.timeZone}`);
}
