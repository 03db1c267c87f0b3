import { ENGLAND_STANDARD_CALENDAR, type SchoolCalendar } from '@ap/domain';
import { isRecent, lastExcludedDay, type ExclusionFacts } from './recent-exclusions';

// §1.1: autumn 2025 split at the 27–31 Oct half term.
const CALENDAR: SchoolCalendar = {
  ...ENGLAND_STANDARD_CALENDAR,
  terms: [
    { start: '2025-09-03', end: '2025-10-24' },
    { start: '2025-11-03', end: '2025-12-19' },
  ],
  insetDays: [],
  closures: [],
};
const suspension = (over: Partial<ExclusionFacts> = {}): ExclusionFacts => ({
  exclusionType: 'SUSP',
  startDate: '2025-10-22',
  startsPartWay: false,
  sessions: 8,
  ...over,
});

describe("a school's recent exclusions", () => {
  it('ends a suspension on its last school day, over a half term', () => {
    expect(lastExcludedDay(suspension(), CALENDAR)).toBe('2025-11-03');
  });

  it('ends a lunchtime exclusion on its own date, and gives a permanent one no end', () => {
    expect(lastExcludedDay(suspension({ exclusionType: 'LNCH', sessions: 1, startsPartWay: true }), CALENDAR)).toBe(
      '2025-10-22',
    );
    expect(lastExcludedDay(suspension({ exclusionType: 'PERM', sessions: null }), CALENDAR)).toBeNull();
  });

  it('keeps an exclusion for 14 calendar days after its last day, a permanent one after its first', () => {
    expect(isRecent(suspension(), '2025-11-03', '2025-11-17')).toBe(true);
    expect(isRecent(suspension(), '2025-11-03', '2025-11-18')).toBe(false);
    const permanent = suspension({ exclusionType: 'PERM', sessions: null });
    expect(isRecent(permanent, null, '2025-11-05')).toBe(true);
    expect(isRecent(permanent, null, '2025-11-06')).toBe(false);
  });
});
