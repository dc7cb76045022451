import { DateTime } from 'luxon';
import { localClock, localDayAt, nextLocalDay } from './local-time';

const zones = ['Europe/Amsterdam', 'America/New_York', 'Asia/Kolkata', 'Asia/Kathmandu', 'Australia/Lord_Howe', 'America/Santiago', 'UTC'];
const minuteMs = 60_000;

/** Every seventh minute of the days around this year's clock changes, in every zone. */
function* instants(): Generator<[string, number]> {
  const windows = ['2026-03-28T00:00:00Z', '2026-04-04T00:00:00Z', '2026-09-05T00:00:00Z', '2026-10-24T00:00:00Z', '2026-11-01T00:00:00Z'];
  for (const zone of zones) {
    for (const window of windows) {
      for (let ms = Date.parse(window); ms < Date.parse(window) + 3 * 86_400_000; ms += 7 * minuteMs + 13_000) yield [zone, ms];
    }
  }
}

describe('local time in a zone', () => {
  it('reads the wall clock as luxon does, across clock changes and zones a quarter or half hour off', () => {
    for (const [zone, ms] of instants()) {
      const expected = DateTime.fromMillis(ms, { zone });
      expect({ zone, ms, ...localClock(zone, ms) }).toEqual({
        zone,
        ms,
        weekday: expected.weekday,
        minuteOfDay: expected.hour * 60 + expected.minute,
        date: expected.toISODate(),
      });
    }
  });

  it('finds the day an instant falls on as luxon does, each day ending where the next starts', () => {
    for (const [zone, ms] of instants()) {
      const start = DateTime.fromMillis(ms, { zone }).startOf('day');
      const day = localDayAt(zone, ms);
      expect({ zone, ms, ...day, endsAtMs: undefined }).toEqual({ zone, ms, date: start.toISODate(), weekday: start.weekday, startsAtMs: start.toMillis() });
      expect(day.startsAtMs).toBeLessThanOrEqual(ms);
      expect(day.endsAtMs).toBeGreaterThan(ms);
      expect(nextLocalDay(zone, day)).toMatchObject({ startsAtMs: day.endsAtMs, date: start.plus({ days: 1 }).toISODate() });
    }
  });
});
