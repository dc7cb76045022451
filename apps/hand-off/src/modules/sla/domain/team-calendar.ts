import { WorkingHours } from '../../organization/domain/working-hours';
import { BusinessCalendar } from './business-calendar';
import { publicHolidays } from './public-holidays';

export interface TeamHours {
  timeZone: string;
  workingHours: WorkingHours;
  holidayCountry: string | null;
  holidayRegion: string | null;
}

const holidaysByPlace = new Map<string, (localDate: string) => boolean>();

export function teamCalendar(team: TeamHours): BusinessCalendar {
  const place = `${team.holidayCountry ?? ''}/${team.holidayRegion ?? ''}`;
  let isHoliday = holidaysByPlace.get(place);
  if (!isHoliday) {
    isHoliday = publicHolidays(team.holidayCountry, team.holidayRegion);
    holidaysByPlace.set(place, isHoliday);
  }
  return { timeZone: team.timeZone, hours: team.workingHours, isHoliday };
}
