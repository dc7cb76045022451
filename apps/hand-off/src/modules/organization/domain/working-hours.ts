import { localClock } from './local-time';

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
  const { weekday, minuteOfDay } = localClock(timeZone, at.getTime());
  if (!hours.days.includes(weekday)) return false;
  return minuteOfDay >= minutesOfClock(hours.start) && minuteOfDay < minutesOfClock(hours.end);
}
