import { easterSunday } from './bank-holidays';
import { addCalendarDays, dayOfWeek, type IsoDate } from './iso-date';
import type { SchoolCalendar } from './school-calendar';

const pad = (n: number) => String(n).padStart(2, '0');
const on = (year: number, month: number, day: number): IsoDate => `${year}-${pad(month)}-${pad(day)}`;
/** The Monday of the week containing `date`. */
const mondayOf = (date: IsoDate): IsoDate => addCalendarDays(date, -((dayOfWeek(date) + 6) % 7));
const lastMonday = (year: number, month: number): IsoDate =>
  mondayOf(addCalendarDays(month === 12 ? on(year + 1, 1, 1) : on(year, month + 1, 1), -1));
const week = (monday: IsoDate) => ({ start: monday, end: addCalendarDays(monday, 4) });

/**
 * The holidays of a typical LA school year starting in September of `year` (REFERENCE §3.2: six terms, 195 days):
 * summer to the first Wednesday of September, October half term in the week of the last Monday of October,
 * Christmas from the Saturday before 21 December to the first Monday after 3 January, February half term in the week
 * of the third Monday, Easter the weeks either side of Easter Sunday, Whitsun the week of the spring bank holiday, and
 * summer from 22 July. An approximation for years no LA calendar covers, so that a date is never left uncounted.
 */
function holidaysOf(year: number): Array<{ start: IsoDate; end: IsoDate }> {
  const septemberFirst = on(year, 9, 1);
  const firstWednesday = addCalendarDays(septemberFirst, (3 - dayOfWeek(septemberFirst) + 7) % 7);
  const christmasStart = addCalendarDays(on(year, 12, 21), -((dayOfWeek(on(year, 12, 21)) + 1) % 7));
  const januaryFourth = on(year + 1, 1, 4);
  const springStart = addCalendarDays(januaryFourth, (8 - dayOfWeek(januaryFourth)) % 7 || 0);
  const febFirstMonday = addCalendarDays(on(year + 1, 2, 1), (8 - dayOfWeek(on(year + 1, 2, 1))) % 7);
  const easter = easterSunday(year + 1);
  return [
    { start: on(year, 8, 1), end: addCalendarDays(firstWednesday, -1) },
    week(lastMonday(year, 10)),
    { start: christmasStart, end: addCalendarDays(springStart, -1) },
    week(addCalendarDays(febFirstMonday, 14)),
    { start: addCalendarDays(easter, -6), end: addCalendarDays(easter, 5) },
    week(lastMonday(year + 1, 5)),
    { start: on(year + 1, 7, 22), end: on(year + 1, 7, 31) },
  ];
}

const cache = new Map<number, ReturnType<typeof holidaysOf>>();
function inTermByRule(date: IsoDate): boolean {
  const year = Number(date.slice(0, 4)) - (date.slice(5, 7) < '08' ? 1 : 0);
  if (!cache.has(year)) cache.set(year, holidaysOf(year));
  return !cache.get(year)!.some((h) => h.start <= date && date <= h.end);
}

/** §0 calendars: England's default for any school year, the last fallback of every resolved calendar. */
export const ENGLAND_RULE_CALENDAR: SchoolCalendar = {
  id: 'england-by-rule',
  name: 'England typical school year (by rule)',
  terms: [],
  insetDays: [],
  closures: [],
  termsByRule: inTermByRule,
};
