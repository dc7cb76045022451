import { DateTime } from 'luxon';

/** The same hours on each listed ISO weekday (1 = Monday … 7 = Sunday), in a time zone. */
export interface WorkingHours {
  days: number[];
  start: string;
  end: string;
}

export const aroundTheClock: WorkingHours = { days: [1, 2, 3, 4, 5, 6, 7], start: '00:00', end: '24:00' };

export function minutesOfClock(clock: string): number {
  const [hours, minutes] = clock.split(':').map(Number);
  return hours * 60 + minutes;
}

export function isWithinWorkingHours(hours: WorkingHours, timeZone: string, at: Date): boolean {
  const local = DateTime.fromJSDate(at, { zone: timeZone });
  if (!hours.days.includes(local.weekday)) return false;
  const minute = local.hour * 60 + local.minute;
  return minute >= minutesOfClock(hours.start) && minute < minutesOfClock(hours.end);
}
