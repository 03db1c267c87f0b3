import { fullTimeHours, isCompulsorySchoolAge, isFullTime, isYearGroup, YEAR_GROUPS } from './full-time-benchmark';

describe('the LGO full-time benchmark', () => {
  it.each([
    ['R', 21],
    [2, 21],
    [3, 23.5],
    [6, 23.5],
    [7, 24],
    [10, 24],
    [11, 25],
    [13, 25],
  ] as const)('expects year %p to have %p hours a week', (yearGroup, hours) => {
    expect(fullTimeHours(yearGroup)).toBe(hours);
  });

  it('treats 24 hours as full-time in Y10 but part-time in Y11', () => {
    expect([isFullTime(10, 24), isFullTime(11, 24)]).toEqual([true, false]);
  });

  it('treats Reception and sixth form as outside compulsory school age', () => {
    expect(YEAR_GROUPS.filter(isCompulsorySchoolAge)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
  });

  it('recognises year groups and nothing else', () => {
    expect(['R', 1, 13, 0, 14, 7.5, '7', 'r', null].map(isYearGroup)).toEqual([
      true,
      true,
      true,
      false,
      false,
      false,
      false,
      false,
      false,
    ]);
  });
});
