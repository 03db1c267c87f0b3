import type { BankHolidays } from './bank-holidays';
import { ENGLAND_AND_WALES_BANK_HOLIDAYS } from './bank-holidays';
import type { IsoDate } from './iso-date';
import { assertIsoDate, isWeekend } from './iso-date';
import type { SessionTimes } from './session-times';

/** A term or half-term: both ends are inclusive. */
export type TermSpan = Readonly<{ start: IsoDate; end: IsoDate }>;

/**
 * §0 calendars: term dates + INSET days + other closures, layered over England and Wales bank holidays.
 * Split a term at its half term (one span per half term). Dates outside every span are holidays.
 */
export type SchoolCalendar = Readonly<{
  id: string;
  name: string;
  terms: ReadonlyArray<TermSpan>;
  insetDays: readonly IsoDate[];
  closures: readonly IsoDate[];
  /** Published with the calendar: when the morning session starts and the afternoon session ends (UK time). */
  sessionTimes?: SessionTimes;
  /**
   * §0 day 6: where this calendar does not cover a date (outside the school years of its terms), the date is counted
   * on the fallback (the school's LA, then England). Attached when a calendar is resolved, never published.
   */
  fallback?: SchoolCalendar;
  /** Terms by rule for any school year instead of a list (England's default, see england-calendar.ts). */
  termsByRule?: (date: IsoDate) => boolean;
}>;

/** A day the school holds sessions: a weekday inside a term, not INSET, not a closure, not a bank holiday. */
export function isSchoolDay(
  calendar: SchoolCalendar,
  date: IsoDate,
  bankHolidays: BankHolidays = ENGLAND_AND_WALES_BANK_HOLIDAYS,
): boolean {
  assertIsoDate(date);
  if (calendar.fallback && !covers(calendar, date)) return isSchoolDay(calendar.fallback, date, bankHolidays);
  return (
    !isWeekend(date) &&
    !bankHolidays.has(date) &&
    isInTerm(calendar, date) &&
    !calendar.insetDays.includes(date) &&
    !calendar.closures.includes(date)
  );
}

/** ISO dates compare correctly as strings. */
export function isInTerm(calendar: SchoolCalendar, date: IsoDate): boolean {
  if (calendar.termsByRule) return calendar.termsByRule(date);
  return calendar.terms.some((term) => term.start <= date && date <= term.end);
}

/** The school years (1 August to 31 July) its terms fall in: a calendar covers those and says nothing of others. */
export function covers(calendar: SchoolCalendar, date: IsoDate): boolean {
  if (calendar.termsByRule) return true;
  if (calendar.terms.length === 0) return false;
  const starts = calendar.terms.map((t) => t.start).sort();
  const ends = calendar.terms.map((t) => t.end).sort();
  return date >= schoolYearStart(starts[0]!) && date <= schoolYearEnd(ends.at(-1)!);
}

const schoolYearStart = (date: IsoDate): IsoDate =>
  `${Number(date.slice(0, 4)) - (date.slice(5, 7) < '08' ? 1 : 0)}-08-01`;
const schoolYearEnd = (date: IsoDate): IsoDate =>
  `${Number(date.slice(0, 4)) + (date.slice(5, 7) >= '08' ? 1 : 0)}-07-31`;
