import { ENGLAND_AND_WALES_BANK_HOLIDAYS_2025_2027 } from './bank-holidays';
import { validateCalendar } from './calendar-validation';
import { dayOfWeek } from './iso-date';
import { isSchoolDay } from './school-calendar';
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

describe('choosing the calendar for a school, date by date', () => {
  const autumnOnly = calendarWith({
    id: 'academy-1',
    terms: [{ start: '2025-09-03', end: '2025-10-24' }],
    insetDays: ['2025-10-06'],
  });
  const laWithSnow = calendarWith({ id: 'la-201', closures: ['2026-01-05'] });
  const resolved = resolveCalendar(autumnOnly, laWithSnow);

  it('uses the school’s own calendar for the school years it covers (its INSET day is not a school day)', () => {
    expect([isSchoolDay(resolved, '2025-10-06'), isSchoolDay(resolved, '2025-10-07')]).toEqual([false, true]);
    expect(isSchoolDay(resolved, '2025-11-03')).toBe(false); // the school's own year: not in its terms
  });

  it('falls back to its LA’s calendar for a year the school has not published', () => {
    expect(
      isSchoolDay(
        resolveCalendar(calendarWith({ id: 'a', terms: [{ start: '2024-09-04', end: '2024-12-20' }] }), laWithSnow),
        '2026-01-05',
      ),
    ).toBe(false);
    expect(isSchoolDay(resolveCalendar(undefined, laWithSnow), '2026-01-06')).toBe(true);
  });

  it('falls back to England’s calendar, by rule for any year, where neither covers the date', () => {
    expect(isSchoolDay(resolveCalendar(undefined, undefined), '2031-03-04')).toBe(true);
    expect(isSchoolDay(resolveCalendar(undefined, undefined), '2031-08-12')).toBe(false);
  });
});
