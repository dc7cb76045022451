import { slaDeadlines } from './sla-deadlines';
import { teamCalendar } from './team-calendar';

const amsterdam = teamCalendar({
  timeZone: 'Europe/Amsterdam',
  workingHours: { days: [1, 2, 3, 4, 5], start: '09:00', end: '17:00' },
  holidayCountry: 'NL',
  holidayRegion: null,
});

describe('slaDeadlines', () => {
  it('reminds before the breach in business time, across Christmas and a weekend', () => {
    // Thursday 24 Dec 2026 16:30 Amsterdam; 25 and 26 Dec are holidays, 26–27 the weekend.
    const deadlines = slaDeadlines(new Date('2026-12-24T15:30:00.000Z'), { acceptWithinBusinessHours: 2, remindBeforeMinutes: 60 }, amsterdam);
    expect(deadlines.remindAt?.toISOString()).toBe('2026-12-28T08:30:00.000Z');
    expect(deadlines.dueAt.toISOString()).toBe('2026-12-28T09:30:00.000Z');
  });

  it('sends no reminder when the window is shorter than the notice', () => {
    expect(slaDeadlines(new Date('2026-12-01T10:00:00.000Z'), { acceptWithinBusinessHours: 0.5, remindBeforeMinutes: 60 }, amsterdam).remindAt).toBeNull();
  });
});
