import type { IsoDate } from './iso-date';
import { assertIsoDate } from './iso-date';

/** A set of bank holidays: never school days, whatever a calendar's terms say (§0 calendars). */
export type BankHolidays = ReadonlySet<IsoDate>;

/** England and Wales bank holidays 2025–2027, substitute days included (REFERENCE.md §3.1). */
export const ENGLAND_AND_WALES_BANK_HOLIDAYS_2025_2027: readonly IsoDate[] = [
  // 2025
  '2025-01-01',
  '2025-04-18',
  '2025-04-21',
  '2025-05-05',
  '2025-05-26',
  '2025-08-25',
  '2025-12-25',
  '2025-12-26',
  // 2026: Boxing Day (Sat) substituted by Mon 28 Dec
  '2026-01-01',
  '2026-04-03',
  '2026-04-06',
  '2026-05-04',
  '2026-05-25',
  '2026-08-31',
  '2026-12-25',
  '2026-12-28',
  // 2027: Christmas (Sat) and Boxing Day (Sun) substituted by Mon 27 and Tue 28 Dec
  '2027-01-01',
  '2027-03-26',
  '2027-03-29',
  '2027-05-03',
  '2027-05-31',
  '2027-08-30',
  '2027-12-27',
  '2027-12-28',
];

export const ENGLAND_AND_WALES_BANK_HOLIDAYS: BankHolidays = new Set(ENGLAND_AND_WALES_BANK_HOLIDAYS_2025_2027);

/** The shipped bank holidays plus more (e.g. later years from gov.uk's bank-holidays.json, loaded at the edge). */
export function withBankHolidays(
  extra: readonly IsoDate[],
  base: BankHolidays = ENGLAND_AND_WALES_BANK_HOLIDAYS,
): BankHolidays {
  extra.forEach((date) => assertIsoDate(date, 'bank holiday'));
  return new Set([...base, ...extra]);
}
