import { DomainError, RuleViolationError } from '../shared';
import { AUTUMN_2025, calendarWith, TERM_THROUGH_CHRISTMAS, withInset } from './calendar.fixtures';
import { withBankHolidays } from './bank-holidays';
import { isSchoolDay } from './school-calendar';
import {
  addSchoolDays,
  firstSchoolDayOnOrAfter,
  lastSchoolDayOnOrBefore,
  nextSchoolDay,
  nthSchoolDay,
  previousSchoolDay,
  schoolDaysBetween,
  schoolDaysFrom,
} from './school-days';
import { ENGLAND_STANDARD_CALENDAR as STANDARD } from './standard-calendars';

const codeOf = (run: () => unknown): string | undefined => {
  try {
    run();
  } catch (error) {
    return error instanceof DomainError ? error.code : 'not a DomainError';
  }
  return undefined;
};

describe('what counts as a school day', () => {
  it('counts a weekday in term', () => expect(isSchoolDay(STANDARD, '2025-10-23')).toBe(true));
  it('never counts a weekend', () => expect(isSchoolDay(STANDARD, '2025-10-25')).toBe(false));
  it('does not count the half term', () => expect(isSchoolDay(STANDARD, '2025-10-29')).toBe(false));
  it('does not count an INSET day', () =>
    expect(isSchoolDay(withInset(STANDARD, '2025-11-03'), '2025-11-03')).toBe(false));
  it('does not count a closure', () => {
    expect(isSchoolDay(calendarWith({ closures: ['2025-11-04'] }), '2025-11-04')).toBe(false);
  });
  it('never counts the Boxing Day substitute of Mon 28 Dec 2026, even in term', () => {
    expect(isSchoolDay(TERM_THROUGH_CHRISTMAS, '2026-12-28')).toBe(false);
  });
  it('counts the day after that substitute when in term', () =>
    expect(isSchoolDay(TERM_THROUGH_CHRISTMAS, '2026-12-29')).toBe(true));
  it('never counts the substitutes of Mon 27 and Tue 28 Dec 2027', () => {
    expect(['2027-12-27', '2027-12-28'].map((d) => isSchoolDay(TERM_THROUGH_CHRISTMAS, d))).toEqual([false, false]);
  });
  it('never counts bank holidays loaded for later years', () => {
    const holidays = withBankHolidays(['2028-01-03']);
    expect(isSchoolDay(TERM_THROUGH_CHRISTMAS, '2028-01-03', holidays)).toBe(false);
  });
  it('rejects a date that does not exist', () =>
    expect(codeOf(() => isSchoolDay(STANDARD, '2026-02-30'))).toBe('INVALID_DATE'));
});

describe('moving between school days', () => {
  it('finds the next school day strictly after, across a half term', () =>
    expect(nextSchoolDay(STANDARD, '2025-10-24')).toBe('2025-11-03'));
  it('keeps a school day as the first on or after it', () =>
    expect(firstSchoolDayOnOrAfter(STANDARD, '2025-11-03')).toBe('2025-11-03'));
  it('finds the previous school day strictly before', () =>
    expect(previousSchoolDay(STANDARD, '2025-11-03')).toBe('2025-10-24'));
  it('finds the last school day on or before a holiday', () =>
    expect(lastSchoolDayOnOrBefore(STANDARD, '2025-12-25')).toBe('2025-12-19'));
  it('counts n from a school day itself', () => expect(nthSchoolDay(STANDARD, '2025-10-23', 1)).toBe('2025-10-23'));
  it('lists the school days from a date', () => {
    expect(schoolDaysFrom(STANDARD, '2025-10-23', 3)).toEqual(['2025-10-23', '2025-10-24', '2025-11-03']);
  });
  it('refuses a zero or fractional n-th day', () => {
    expect([0, 1.5].map((n) => codeOf(() => nthSchoolDay(STANDARD, '2025-10-23', n)))).toEqual([
      'INVALID_SCHOOL_DAY_COUNT',
      'INVALID_SCHOOL_DAY_COUNT',
    ]);
  });
});

describe('adding school days', () => {
  it('makes a 3-school-day deadline from a Thursday fall on Tuesday', () =>
    expect(addSchoolDays(STANDARD, '2025-11-06', 3)).toBe('2025-11-11'));
  it('goes from a Saturday forward to Monday', () =>
    expect(addSchoolDays(STANDARD, '2025-11-08', 1)).toBe('2025-11-10'));
  it('goes from a Saturday back to Friday', () => expect(addSchoolDays(STANDARD, '2025-11-08', -1)).toBe('2025-11-07'));
  it('rolls a holiday forward when adding nothing', () =>
    expect(addSchoolDays(STANDARD, '2025-10-29', 0)).toBe('2025-11-03'));
  it('goes back across a half term', () => expect(addSchoolDays(STANDARD, '2025-11-03', -2)).toBe('2025-10-23'));
});

describe('counting school days', () => {
  it('counts both ends of the range', () => expect(schoolDaysBetween(STANDARD, '2025-10-23', '2025-11-06')).toBe(6));
  it('counts nothing when the range runs backwards', () =>
    expect(schoolDaysBetween(STANDARD, '2025-11-06', '2025-10-23')).toBe(0));
  it('counts 73 days in the autumn term 2025', () => {
    expect(schoolDaysBetween(calendarWith({ terms: AUTUMN_2025 }), '2025-09-01', '2025-12-31')).toBe(73);
  });
});

describe('a calendar that does not cover the dates', () => {
  it('refuses to look for a school day beyond its last term when it has nothing to fall back on', () => {
    expect(codeOf(() => nextSchoolDay(calendarWith({ terms: AUTUMN_2025 }), '2025-12-19'))).toBe(
      'CALENDAR_NOT_COVERED',
    );
  });

  it('goes on past July 2027 on England’s typical year when the standard calendar runs out', () => {
    expect(nextSchoolDay(STANDARD, '2027-07-23')).toBe('2027-09-01');
    expect(nextSchoolDay(STANDARD, '2031-12-19')).toBe('2032-01-05');
  });

  it('says which calendar and date could not be resolved', () => {
    const error = (() => {
      try {
        firstSchoolDayOnOrAfter(calendarWith({ terms: [] }), '2026-01-05');
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(RuleViolationError);
    expect((error as RuleViolationError).details).toEqual({ calendarId: 'test-school', date: '2026-01-05' });
  });
});
