import type { IsoDate } from './iso-date';
import type { SchoolCalendar } from './school-calendar';
import { ENGLAND_AND_WALES_BANK_HOLIDAYS } from './bank-holidays';
import { firstSchoolDayOnOrAfter, nextSchoolDay, nthSchoolDay } from './school-days';

/** When an exclusion comes into force, from the head's notice. */
export type ExclusionStart = Readonly<{
  startDate: IsoDate;
  /** True when it starts part-way through the day (lunchtime or afternoon). */
  startsPartWay: boolean;
}>;

const DEFAULT_HOLIDAYS = ENGLAND_AND_WALES_BANK_HOLIDAYS;

/**
 * §0 day 1 of an exclusion: the first school day it is in force. Starting part-way through a day makes day 1 the
 * next school day; a start date that is not a school day (weekend, holiday, INSET) makes day 1 the next school day.
 */
export function exclusionDay1(
  calendar: SchoolCalendar,
  start: ExclusionStart,
  bankHolidays = DEFAULT_HOLIDAYS,
): IsoDate {
  return start.startsPartWay
    ? nextSchoolDay(calendar, start.startDate, bankHolidays)
    : firstSchoolDayOnOrAfter(calendar, start.startDate, bankHolidays);
}

/** The n-th school day of an exclusion, counting day 1 (pass the first exclusion of a consecutive period). */
export function exclusionSchoolDay(
  calendar: SchoolCalendar,
  start: ExclusionStart,
  n: number,
  bankHolidays = DEFAULT_HOLIDAYS,
): IsoDate {
  return nthSchoolDay(calendar, exclusionDay1(calendar, start, bankHolidays), n, bankHolidays);
}

/**
 * §0 / SI 2007/1870 as amended by SI 2014/3216: provision must start on or before the sixth consecutive school
 * day of exclusion, counting day 1, on the excluding school's calendar (see resolveCalendar).
 */
export function exclusionDay6(
  calendar: SchoolCalendar,
  start: ExclusionStart,
  bankHolidays = DEFAULT_HOLIDAYS,
): IsoDate {
  return exclusionSchoolDay(calendar, start, 6, bankHolidays);
}

/**
 * True when `next` is the school day straight after `previous`: a suspension whose day 1 is the school day after
 * the last day of the one before continues the same period (SI 2014/3216: suspensions back to back aggregate).
 */
export function isNextSchoolDay(
  calendar: SchoolCalendar,
  previous: IsoDate,
  next: IsoDate,
  bankHolidays = DEFAULT_HOLIDAYS,
): boolean {
  return nextSchoolDay(calendar, previous, bankHolidays) === next;
}
