import { addCalendarDays, firstSchoolDayOnOrAfter, type SchoolCalendar } from '@ap/domain';

/**
 * When a digest item goes out: the next morning at `time` (UTC, like every deadline here) that falls on one of the
 * organisation's school days and is after `now`. Nothing is sent at weekends, in holidays or on INSET days.
 */
export function nextDigestAt(calendar: SchoolCalendar, now: string, time: string): string {
  const today = now.slice(0, 10);
  const at = (date: string) => `${date}T${time}:00.000Z`;
  const first = firstSchoolDayOnOrAfter(calendar, today);
  if (first !== today || at(today) > now) return at(first);
  return at(firstSchoolDayOnOrAfter(calendar, addCalendarDays(today, 1)));
}
