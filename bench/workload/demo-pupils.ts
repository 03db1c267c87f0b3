import { addCalendarDays, type IsoDate } from '../../libs/domain/src/calendar';

// Coprime list lengths (20 and 21): pupil i gets first name i mod 20 and surname i mod 21, so the first 420 pupils
// all have different names.
const FIRST_NAMES = [
  'Amira',
  'Jack',
  'Olivia',
  'Mohammed',
  'Chloe',
  'Kai',
  'Sophie',
  'Tyler',
  'Aisha',
  'Harry',
  'Maya',
  'Reece',
  'Zara',
  'Connor',
  'Lily',
  'Dylan',
  'Priya',
  'Mason',
  'Grace',
  'Ibrahim',
];
const SURNAMES = [
  'Khan',
  'Walker',
  'Okafor',
  'Hughes',
  'Nowak',
  'Patel',
  'Robinson',
  'Begum',
  'Evans',
  'Murphy',
  'Ali',
  'Clarke',
  'Kowalski',
  'Mensah',
  'Wright',
  'Hussain',
  'Taylor',
  'Ahmed',
  'Lewis',
  'Campbell',
  'Singh',
];

/** A realistic, distinct name for the i-th demo pupil. */
export const demoPupilName = (i: number): string => `${FIRST_NAMES[i % 20]} ${SURNAMES[i % 21]}`;

/** 1 September of the school year `day` falls in (a school year runs September to August). */
export const schoolYearStart = (day: IsoDate): IsoDate => {
  const year = Number(day.slice(0, 4));
  return `${Number(day.slice(5, 7)) >= 9 ? year : year - 1}-09-01`;
};

/**
 * A date of birth that puts the pupil in `yearGroup` in the school year `day` falls in: a Year N pupil turns N + 5
 * during it (Year 7 in 2025/26: born 1 September 2013 to 31 August 2014). Spread over the year by `i`.
 */
export function demoDateOfBirth(yearGroup: number, day: IsoDate, i: number): IsoDate {
  const start = Number(schoolYearStart(day).slice(0, 4));
  const earliest = `${start - yearGroup - 5}-09-01`;
  // 364 days at most: 1 September plus 364 days is 31 August (30 August when it crosses a 29 February).
  return addCalendarDays(earliest, (i * 37) % 365);
}
