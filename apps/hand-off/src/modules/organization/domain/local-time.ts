import { DateTime } from 'luxon';

/** A calendar day in a time zone: its date, ISO weekday (1 = Monday) and the instants it starts and ends. */
export interface LocalDay {
  date: string;
  weekday: number;
  startsAtMs: number;
  endsAtMs: number;
}

const quarterHourMs = 15 * 60_000;
const dayMs = 86_400_000;
const maxRemembered = 20_000;

/** A bounded memo by zone and one more key: time zone rules do not change while the process runs. */
function remembered<Key extends string | number, Value>(compute: (timeZone: string, key: Key) => Value): (timeZone: string, key: Key) => Value {
  const known = new Map<string, Value>();
  return (timeZone, key) => {
    const entry = `${timeZone}|${key}`;
    let value = known.get(entry);
    if (value === undefined) {
      if (known.size >= maxRemembered) known.clear();
      value = compute(timeZone, key);
      known.set(entry, value);
    }
    return value;
  };
}

// Every zone's offset today is a whole number of quarter hours and changes only on a quarter hour, so one
// lookup serves a whole quarter hour.
const offsetMinutesOf = remembered((timeZone, quarter: number) => DateTime.fromMillis(quarter * quarterHourMs, { zone: timeZone }).offset);

const dateAfter = (date: string) => new Date(Date.parse(`${date}T00:00:00Z`) + dayMs).toISOString().slice(0, 10);

const startOfDay = (timeZone: string, date: string) => DateTime.fromISO(date, { zone: timeZone }).startOf('day');

// A day ends where the next one starts, also when a clock change skips the next one's midnight.
const dayOf = remembered((timeZone, date: string): LocalDay => {
  const start = startOfDay(timeZone, date);
  return { date, weekday: start.weekday, startsAtMs: start.toMillis(), endsAtMs: startOfDay(timeZone, dateAfter(date)).toMillis() };
});

/** The wall clock in `timeZone` at an instant: ISO weekday, minute of the day and date. */
export function localClock(timeZone: string, instantMs: number): { weekday: number; minuteOfDay: number; date: string } {
  const local = new Date(instantMs + offsetMinutesOf(timeZone, Math.floor(instantMs / quarterHourMs)) * 60_000);
  const weekday = local.getUTCDay() === 0 ? 7 : local.getUTCDay();
  return { weekday, minuteOfDay: local.getUTCHours() * 60 + local.getUTCMinutes(), date: local.toISOString().slice(0, 10) };
}

/** The day in `timeZone` that an instant falls on. */
export function localDayAt(timeZone: string, instantMs: number): LocalDay {
  return dayOf(timeZone, localClock(timeZone, instantMs).date);
}

/** The day after `day`, in the same time zone. */
export function nextLocalDay(timeZone: string, day: LocalDay): LocalDay {
  return dayOf(timeZone, dateAfter(day.date));
}
