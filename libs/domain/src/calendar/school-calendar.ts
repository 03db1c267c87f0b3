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
}>;

/** A day the school holds sessions: a weekday inside a term, not INSET, not a closure, not a bank holiday. */
export function isSchoolDay(
  calendar: SchoolCalendar,
  date: IsoDate,
  bankHolidays: BankHolidays = ENGLAND_AND_WALES_BANK_HOLIDAYS,
): boolean {
  assertIsoDate(date);
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
  return calendar.terms.some((term) => term.start <= date && date <= term.end);
}
