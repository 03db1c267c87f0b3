import { AUTUMN_2025, calendarWith, TERM_THROUGH_EASTER_2026, withInset } from './calendar.fixtures';
import { exclusionDay1, exclusionDay6, exclusionSchoolDay, isNextSchoolDay } from './exclusion-days';
import { ENGLAND_STANDARD_CALENDAR } from './standard-calendars';
import { nthSchoolDay } from './school-days';

const school = calendarWith({ terms: AUTUMN_2025 });
const schoolWithInset3Nov = withInset(school, '2025-11-03');
const fromMorning = (startDate: string) => ({ startDate, startsPartWay: false });
const fromLunchtime = (startDate: string) => ({ startDate, startsPartWay: true });

describe('day 1 of an exclusion', () => {
  it('is the start date when the exclusion starts in the morning of a school day', () => {
    expect(exclusionDay1(school, fromMorning('2025-10-23'))).toBe('2025-10-23');
  });

  it('is the next school day when the notice starts at lunchtime', () => {
    expect(exclusionDay1(school, fromLunchtime('2025-10-23'))).toBe('2025-10-24');
  });

  it('skips the half term when a lunchtime notice is given on the last day before it', () => {
    expect(exclusionDay1(school, fromLunchtime('2025-10-24'))).toBe('2025-11-03');
  });

  it('is the next school day when the given first day is a Saturday', () => {
    expect(exclusionDay1(school, fromMorning('2025-11-08'))).toBe('2025-11-10');
  });

  it('is the next school day when the given first day is an INSET day', () => {
    expect(exclusionDay1(schoolWithInset3Nov, fromMorning('2025-11-03'))).toBe('2025-11-04');
  });
});

describe('day 6 of an exclusion', () => {
  it('falls on Thu 6 Nov 2025 for an exclusion from Thu 23 Oct across the half term', () => {
    expect(exclusionDay6(school, fromMorning('2025-10-23'))).toBe('2025-11-06');
  });

  it('moves to Fri 7 Nov 2025 when the school has an INSET day on Mon 3 Nov', () => {
    expect(exclusionDay6(schoolWithInset3Nov, fromMorning('2025-10-23'))).toBe('2025-11-07');
  });

  it('counts from the next school day when the notice starts at lunchtime', () => {
    expect(exclusionDay6(school, fromLunchtime('2025-10-23'))).toBe('2025-11-07');
  });

  it('skips the Christmas holidays and resumes in January', () => {
    expect(exclusionDay6(ENGLAND_STANDARD_CALENDAR, fromMorning('2025-12-17'))).toBe('2026-01-07');
  });

  it('skips the Easter holidays', () => {
    expect(exclusionDay6(ENGLAND_STANDARD_CALENDAR, fromMorning('2026-03-25'))).toBe('2026-04-15');
  });

  it('skips Good Friday and Easter Monday even when the school is in term over Easter', () => {
    expect(exclusionDay6(TERM_THROUGH_EASTER_2026, fromMorning('2026-04-02'))).toBe('2026-04-13');
  });

  it('skips the early May bank holiday inside the summer term', () => {
    expect(exclusionDay6(ENGLAND_STANDARD_CALENDAR, fromMorning('2026-04-29'))).toBe('2026-05-07');
  });
});

describe('consecutive suspensions', () => {
  const first = fromMorning('2026-03-02'); // Mon: a 3-day suspension, Mon–Wed
  const lastDayOfFirst = exclusionSchoolDay(ENGLAND_STANDARD_CALENDAR, first, 3);

  it('finds the last day of a 3-day suspension', () => {
    expect(lastDayOfFirst).toBe('2026-03-04');
  });

  it('treats a suspension starting the next school day as the same period', () => {
    expect(isNextSchoolDay(ENGLAND_STANDARD_CALENDAR, lastDayOfFirst, '2026-03-05')).toBe(true);
  });

  it('treats a suspension starting on Monday after one ending on Friday as the same period', () => {
    expect(isNextSchoolDay(ENGLAND_STANDARD_CALENDAR, '2026-03-06', '2026-03-09')).toBe(true);
  });

  it('treats a school day in between as breaking the period', () => {
    expect(isNextSchoolDay(ENGLAND_STANDARD_CALENDAR, '2026-03-06', '2026-03-10')).toBe(false);
  });

  it('counts day 6 of the period from day 1 of the first suspension', () => {
    expect(nthSchoolDay(ENGLAND_STANDARD_CALENDAR, '2026-03-02', 6)).toBe('2026-03-09');
  });
});
