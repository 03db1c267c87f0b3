import type { IsoDate } from './iso-date';
import type { SchoolCalendar, TermSpan } from './school-calendar';
import { ENGLAND_STANDARD_CALENDAR } from './standard-calendars';

export const calendarWith = (overrides: Partial<SchoolCalendar>): SchoolCalendar => ({
  id: 'test-school',
  name: 'Test school calendar',
  terms: ENGLAND_STANDARD_CALENDAR.terms,
  insetDays: [],
  closures: [],
  ...overrides,
});

export const withInset = (calendar: SchoolCalendar, ...insetDays: IsoDate[]): SchoolCalendar => ({
  ...calendar,
  insetDays: [...calendar.insetDays, ...insetDays],
});

/** §1.1 worked example: autumn 2025 split at the 27–31 Oct half term. */
export const AUTUMN_2025: TermSpan[] = [
  { start: '2025-09-03', end: '2025-10-24' },
  { start: '2025-11-03', end: '2025-12-19' },
];

/** A school whose term runs straight through Easter 2026 (the bank holidays still do not count). */
export const TERM_THROUGH_EASTER_2026 = calendarWith({ terms: [{ start: '2026-03-23', end: '2026-04-24' }] });

/** A calendar whose term covers Christmas 2026 and 2027, to show bank holidays always win. */
export const TERM_THROUGH_CHRISTMAS = calendarWith({
  terms: [
    { start: '2026-12-21', end: '2027-01-08' },
    { start: '2027-12-20', end: '2028-01-07' },
  ],
});
