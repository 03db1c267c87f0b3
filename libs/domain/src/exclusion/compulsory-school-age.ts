import { addCalendarDays, dayOfWeek, type IsoDate } from '../calendar';
import type { YearGroup } from '../timetable';

/** Education (Start of Compulsory School Age) Order 1998: the prescribed days, as month-day. */
const PRESCRIBED_DAYS = ['03-31', '08-31', '12-31'];

/** The day a child born on `dateOfBirth` begins to be of compulsory school age (EA 1996 s8(2)). */
export function compulsorySchoolAgeStarts(dateOfBirth: IsoDate): IsoDate {
  const fifth = `${Number(dateOfBirth.slice(0, 4)) + 5}${dateOfBirth.slice(4)}`.replace('-02-29', '-03-01');
  const year = Number(fifth.slice(0, 4));
  return [...PRESCRIBED_DAYS.map((d) => `${year}-${d}`), `${year + 1}-03-31`].find((d) => d >= fifth)!;
}

/** The last Friday in June: a Y11 pupil ceases to be of compulsory school age after it (EA 1996 s8(3)). */
export function lastFridayOfJune(year: number): IsoDate {
  const end = `${year}-06-30`;
  return addCalendarDays(end, -((dayOfWeek(end) - 5 + 7) % 7));
}

/**
 * §0 day 6, "only pupils of compulsory school age": Y1–Y10 always; Y11 until the last Friday in June of the school
 * year; Reception only from the prescribed day after the fifth birthday; Y12–13 never.
 */
export function isOfCompulsorySchoolAge(yearGroup: YearGroup | number, dateOfBirth: IsoDate | undefined, on: IsoDate) {
  if (yearGroup === 'R') return dateOfBirth !== undefined && on >= compulsorySchoolAgeStarts(dateOfBirth);
  if (yearGroup === 11) return on <= lastFridayOfJune(schoolYearEnding(on));
  return yearGroup >= 1 && yearGroup <= 10;
}

/** The calendar year in which the school year containing `date` ends (school years run September to August). */
export const schoolYearEnding = (date: IsoDate): number =>
  Number(date.slice(0, 4)) + (date.slice(5, 7) >= '09' ? 1 : 0);
