import { ENGLAND_AND_WALES_BANK_HOLIDAYS_2025_2027 } from './bank-holidays';
import { validateCalendar } from './calendar-validation';
import { dayOfWeek } from './iso-date';
import { schoolDaysBetween } from './school-days';
import { ENGLAND_STANDARD_CALENDAR, resolveCalendar } from './standard-calendars';
import { calendarWith } from './calendar.fixtures';

describe('the England standard calendar', () => {
  it('is a valid calendar', () => expect(validateCalendar(ENGLAND_STANDARD_CALENDAR)).toEqual([]));

  it('starts every half term on a weekday and ends it on a weekday', () => {
    const days = ENGLAND_STANDARD_CALENDAR.terms.flatMap((t) => [t.start, t.end]).map(dayOfWeek);
    expect(days.filter((d) => d === 0 || d === 6)).toEqual([]);
  });

  it.each([
    ['2025/26', '2025-09-01', '2026-08-31'],
    ['2026/27', '2026-09-01', '2027-08-31'],
  ])('has 195 days in %s, before a school takes out its 5 INSET days', (_year, from, to) => {
    expect(schoolDaysBetween(ENGLAND_STANDARD_CALENDAR, from, to)).toBe(195);
  });
});

describe('England and Wales bank holidays', () => {
  it('ship 8 a year for 2025–2027, none at a weekend', () => {
    expect(ENGLAND_AND_WALES_BANK_HOLIDAYS_2025_2027).toHaveLength(24);
    expect(ENGLAND_AND_WALES_BANK_HOLIDAYS_2025_2027.map(dayOfWeek).filter((d) => d === 0 || d === 6)).toEqual([]);
  });
});

describe('choosing the calendar for a school', () => {
  const schoolOwn = calendarWith({ id: 'academy-1' });

  it('uses the school’s own calendar when it has published one', () => {
    expect(resolveCalendar(schoolOwn, ENGLAND_STANDARD_CALENDAR)).toBe(schoolOwn);
  });

  it('falls back to its LA’s calendar when it has none', () => {
    expect(resolveCalendar(undefined, ENGLAND_STANDARD_CALENDAR)).toBe(ENGLAND_STANDARD_CALENDAR);
  });
});
