import { RuleViolationError } from '../shared';
import type { BankHolidays } from './bank-holidays';
import { ENGLAND_AND_WALES_BANK_HOLIDAYS } from './bank-holidays';
import type { IsoDate } from './iso-date';
import { addCalendarDays, assertIsoDate } from './iso-date';
import type { SchoolCalendar } from './school-calendar';
import { isSchoolDay } from './school-calendar';

/** Longer than any real holiday: a longer run of non-school days means the calendar does not cover the dates. */
export const SCHOOL_DAY_SEARCH_LIMIT_DAYS = 400;

const DEFAULT_HOLIDAYS = ENGLAND_AND_WALES_BANK_HOLIDAYS;

/** The first school day on or after `date` (`date` itself when it is one). */
export function firstSchoolDayOnOrAfter(
  calendar: SchoolCalendar,
  date: IsoDate,
  bankHolidays = DEFAULT_HOLIDAYS,
): IsoDate {
  return search(calendar, assertIsoDate(date), 1, bankHolidays);
}

/** The first school day strictly after `date`. */
export function nextSchoolDay(calendar: SchoolCalendar, date: IsoDate, bankHolidays = DEFAULT_HOLIDAYS): IsoDate {
  return search(calendar, addCalendarDays(assertIsoDate(date), 1), 1, bankHolidays);
}

/** The last school day on or before `date`. */
export function lastSchoolDayOnOrBefore(
  calendar: SchoolCalendar,
  date: IsoDate,
  bankHolidays = DEFAULT_HOLIDAYS,
): IsoDate {
  return search(calendar, assertIsoDate(date), -1, bankHolidays);
}

/** The last school day strictly before `date`. */
export function previousSchoolDay(calendar: SchoolCalendar, date: IsoDate, bankHolidays = DEFAULT_HOLIDAYS): IsoDate {
  return search(calendar, addCalendarDays(assertIsoDate(date), -1), -1, bankHolidays);
}

/** The first `count` school days on or after `from`, in order (`from` included when it is a school day). */
export function schoolDaysFrom(
  calendar: SchoolCalendar,
  from: IsoDate,
  count: number,
  bankHolidays = DEFAULT_HOLIDAYS,
): IsoDate[] {
  assertCount(count, 0);
  if (count === 0) return [];
  const days = [firstSchoolDayOnOrAfter(calendar, from, bankHolidays)];
  while (days.length < count) days.push(nextSchoolDay(calendar, days[days.length - 1]!, bankHolidays));
  return days;
}

/** The n-th school day counting from `from` (n = 1 is the first school day on or after `from`); n ≥ 1. */
export function nthSchoolDay(
  calendar: SchoolCalendar,
  from: IsoDate,
  n: number,
  bankHolidays = DEFAULT_HOLIDAYS,
): IsoDate {
  assertCount(n, 1);
  return schoolDaysFrom(calendar, from, n, bankHolidays)[n - 1]!;
}

/**
 * The school day `n` school days after `date` (before it when n < 0), `date` itself not counted: from Fri with
 * Mon a school day, +1 is Mon; from Sat, +1 is Mon and -1 is Fri. n = 0 gives the first school day on or after
 * `date`. Deadlines use this: "respond within 3 school days" of a submission on D is due on addSchoolDays(D, 3).
 */
export function addSchoolDays(
  calendar: SchoolCalendar,
  date: IsoDate,
  n: number,
  bankHolidays = DEFAULT_HOLIDAYS,
): IsoDate {
  if (!Number.isInteger(n)) throw invalidCount(n);
  if (n === 0) return firstSchoolDayOnOrAfter(calendar, date, bankHolidays);
  const step = n > 0 ? nextSchoolDay : previousSchoolDay;
  let day = assertIsoDate(date);
  for (let i = 0; i < Math.abs(n); i += 1) day = step(calendar, day, bankHolidays);
  return day;
}

/** How many school days lie in [from, to], both ends included; 0 when `to` is before `from`. */
export function schoolDaysBetween(
  calendar: SchoolCalendar,
  from: IsoDate,
  to: IsoDate,
  bankHolidays = DEFAULT_HOLIDAYS,
): number {
  assertIsoDate(from, 'from');
  assertIsoDate(to, 'to');
  let count = 0;
  for (let day = from; day <= to; day = addCalendarDays(day, 1)) {
    if (isSchoolDay(calendar, day, bankHolidays)) count += 1;
  }
  return count;
}

function search(calendar: SchoolCalendar, start: IsoDate, direction: 1 | -1, bankHolidays: BankHolidays): IsoDate {
  for (let offset = 0; offset <= SCHOOL_DAY_SEARCH_LIMIT_DAYS; offset += 1) {
    const candidate = addCalendarDays(start, offset * direction);
    if (isSchoolDay(calendar, candidate, bankHolidays)) return candidate;
  }
  const where = direction > 0 ? 'on or after' : 'on or before';
  throw new RuleViolationError(
    'CALENDAR_NOT_COVERED',
    `Calendar "${calendar.name}" has no school day within ${SCHOOL_DAY_SEARCH_LIMIT_DAYS} days ${where} ${start}: add its term dates`,
    { calendarId: calendar.id, date: start },
  );
}

function assertCount(n: number, min: number): void {
  if (!Number.isInteger(n) || n < min) throw invalidCount(n);
}

function invalidCount(n: number): RuleViolationError {
  return new RuleViolationError(
    'INVALID_SCHOOL_DAY_COUNT',
    `A count of school days must be a whole number in range, got ${n}`,
    { n },
  );
}
