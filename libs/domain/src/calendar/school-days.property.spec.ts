import fc from 'fast-check';
import { addCalendarDays } from './iso-date';
import type { SchoolCalendar } from './school-calendar';
import { isSchoolDay } from './school-calendar';
import { addSchoolDays, firstSchoolDayOnOrAfter, nthSchoolDay, schoolDaysBetween } from './school-days';
import { ENGLAND_STANDARD_CALENDAR } from './standard-calendars';
import { withInset } from './calendar.fixtures';

// Dates well inside the standard calendar, so that ±100 school days stay covered.
const dateIn = (from: string, days: number) =>
  fc.integer({ min: 0, max: days }).map((offset) => addCalendarDays(from, offset));
const anyDate = dateIn('2025-09-01', 480);
const midDate = dateIn('2026-01-01', 360);
/** The standard calendar with a school's own INSET days (any weekday in the range may be one). */
const schoolCalendar: fc.Arbitrary<SchoolCalendar> = fc
  .array(dateIn('2025-09-01', 660), { maxLength: 10 })
  .map((insetDays) => withInset(ENGLAND_STANDARD_CALENDAR, ...insetDays));

describe('school-day arithmetic on any calendar', () => {
  it('always lands the n-th school day on a school day', () => {
    fc.assert(
      fc.property(schoolCalendar, anyDate, fc.integer({ min: 1, max: 100 }), (calendar, from, n) =>
        isSchoolDay(calendar, nthSchoolDay(calendar, from, n)),
      ),
    );
  });

  it('comes back to the start when adding n school days then taking n away', () => {
    fc.assert(
      fc.property(schoolCalendar, midDate, fc.integer({ min: -60, max: 60 }), (calendar, date, n) => {
        const start = firstSchoolDayOnOrAfter(calendar, date);
        return addSchoolDays(calendar, addSchoolDays(calendar, start, n), -n) === start;
      }),
    );
  });

  it('counts exactly n school days from a school day to its n-th school day', () => {
    fc.assert(
      fc.property(schoolCalendar, anyDate, fc.integer({ min: 1, max: 100 }), (calendar, date, n) => {
        const start = firstSchoolDayOnOrAfter(calendar, date);
        return schoolDaysBetween(calendar, start, nthSchoolDay(calendar, start, n)) === n;
      }),
    );
  });

  it('puts the date n school days on strictly later and n school days in', () => {
    fc.assert(
      fc.property(schoolCalendar, anyDate, fc.integer({ min: 1, max: 100 }), (calendar, date, n) => {
        const due = addSchoolDays(calendar, date, n);
        return due > date && schoolDaysBetween(calendar, addCalendarDays(date, 1), due) === n;
      }),
    );
  });
});
