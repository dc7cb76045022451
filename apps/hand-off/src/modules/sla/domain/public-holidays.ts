import Holidays from 'date-holidays';

/** Public holidays of a country (and region) from the maintained date-holidays rules, by local date. */
export function publicHolidays(country: string | null, region: string | null): (localDate: string) => boolean {
  if (!country) return () => false;
  const calendar = region ? new Holidays(country, region) : new Holidays(country);
  const byYear = new Map<number, Set<string>>();
  return (localDate) => {
    const year = Number(localDate.slice(0, 4));
    let dates = byYear.get(year);
    if (!dates) {
      const holidays = calendar.getHolidays(year) || [];
      dates = new Set(holidays.filter((holiday) => holiday.type === 'public').map((holiday) => holiday.date.slice(0, 10)));
      byYear.set(year, dates);
    }
    return dates.has(localDate);
  };
}
