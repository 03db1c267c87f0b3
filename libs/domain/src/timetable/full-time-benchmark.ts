/** National curriculum year group; 'R' is Reception. */
export type YearGroup = 'R' | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12 | 13;

export const YEAR_GROUPS: readonly YearGroup[] = ['R', 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13];

export function isYearGroup(value: unknown): value is YearGroup {
  return value === 'R' || (typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 13);
}

/** Full-time hours per week (§0 full-time benchmark; LGO "Out of school… out of mind" 2011, REFERENCE.md §1.7). */
export function fullTimeHours(yearGroup: YearGroup): number {
  if (yearGroup === 'R' || yearGroup <= 2) return 21;
  if (yearGroup <= 6) return 23.5;
  if (yearGroup <= 10) return 24;
  // Y11: 25. Y12–13 are past compulsory school age and the LGO gives no figure: we keep Y11's 25.
  return 25;
}

/** Below the benchmark a placement is part-time (§0): it then needs a reason, agreement, review and end dates. */
export function isFullTime(yearGroup: YearGroup, hoursPerWeek: number): boolean {
  return hoursPerWeek >= fullTimeHours(yearGroup);
}

/**
 * Compulsory school age runs from the term after the 5th birthday to the end of Y11 (EA 1996 s8). Reception is
 * treated as not compulsory (most pupils turn 5 during it); Y12–13 are past it.
 */
export function isCompulsorySchoolAge(yearGroup: YearGroup): boolean {
  return yearGroup !== 'R' && yearGroup <= 11;
}
