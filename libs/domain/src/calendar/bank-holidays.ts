import type { IsoDate } from './iso-date';
import { addCalendarDays, assertIsoDate, dayOfWeek } from './iso-date';

/** A set of bank holidays: never school days, whatever a calendar's terms say (§0 calendars). */
export type BankHolidays = Readonly<{ has: (date: IsoDate) => boolean }>;

const pad = (n: number) => String(n).padStart(2, '0');
const ymd = (year: number, month: number, day: number): IsoDate => `${year}-${pad(month)}-${pad(day)}`;

/** Western Easter Sunday (the anonymous Gregorian computus). */
export function easterSunday(year: number): IsoDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - Math.floor(b / 4) - g + 15) % 30;
  const l = (32 + 2 * (b % 4) + 2 * Math.floor(c / 4) - h - (c % 4)) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  return ymd(year, month, ((h + l - 7 * m + 114) % 31) + 1);
}

/** The first (n = 1) or last (n = -1) Monday of a month. */
function monday(year: number, month: number, n: 1 | -1): IsoDate {
  if (n === 1) {
    const first = ymd(year, month, 1);
    return addCalendarDays(first, (8 - dayOfWeek(first)) % 7);
  }
  const last = addCalendarDays(month === 12 ? ymd(year + 1, 1, 1) : ymd(year, month + 1, 1), -1);
  return addCalendarDays(last, -((dayOfWeek(last) + 6) % 7));
}

/** A weekend date moves to the following Monday (the substitute day). */
const substitute = (date: IsoDate): IsoDate =>
  dayOfWeek(date) === 6 ? addCalendarDays(date, 2) : dayOfWeek(date) === 0 ? addCalendarDays(date, 1) : date;

/** Days moved by royal proclamation: the usual day of the year, and the day used instead. */
const MOVED: Readonly<Record<string, IsoDate>> = {
  '1995-05-01': '1995-05-08', // VE Day 50th anniversary
  '2020-05-04': '2020-05-08', // VE Day 75th anniversary
  '2002-05-27': '2002-06-04', // Golden Jubilee
  '2012-05-28': '2012-06-04', // Diamond Jubilee
  '2022-05-30': '2022-06-02', // Platinum Jubilee
};
/** Announced one-off bank holidays. */
const ONE_OFF: readonly IsoDate[] = [
  '1999-12-31', // Millennium
  '2002-06-03', // Golden Jubilee
  '2011-04-29', // Royal Wedding
  '2012-06-05', // Diamond Jubilee
  '2022-06-03', // Platinum Jubilee
  '2022-09-19', // State Funeral of Queen Elizabeth II
  '2023-05-08', // Coronation of King Charles III
];

/**
 * England and Wales bank holidays for any year: the rules of the Banking and Financial Dealings Act 1971 and the
 * annual proclamations (New Year, Good Friday, Easter Monday, first and last Mondays of May, last Monday of August,
 * Christmas and Boxing Day with substitute weekdays), the days moved by proclamation and the announced one-offs.
 * Rules rather than a library (date-holidays pulls a large data set and its own time-zone handling for one country
 * that a page of rules covers); a future one-off is added to ONE_OFF when it is proclaimed (§0 calendars).
 */
export function englandAndWalesBankHolidays(year: number): IsoDate[] {
  const easter = easterSunday(year);
  const christmas = ymd(year, 12, 25);
  const christmasDay = dayOfWeek(christmas);
  // Christmas on a Saturday: Mon 27 and Tue 28; on a Sunday: Boxing Day Mon 26 and Tue 27; Boxing Day on a Saturday: Mon 28.
  const winter =
    christmasDay === 6
      ? [ymd(year, 12, 27), ymd(year, 12, 28)]
      : christmasDay === 0
        ? [ymd(year, 12, 26), ymd(year, 12, 27)]
        : [christmas, substitute(ymd(year, 12, 26))];
  const usual = [
    substitute(ymd(year, 1, 1)),
    addCalendarDays(easter, -2),
    addCalendarDays(easter, 1),
    monday(year, 5, 1),
    monday(year, 5, -1),
    monday(year, 8, -1),
  ].map((date) => MOVED[date] ?? date);
  return [...usual, ...winter, ...ONE_OFF.filter((d) => d.startsWith(`${year}-`))].sort();
}

/** Every year's holidays, computed once per year on first use. */
function bankHolidaysByRule(): BankHolidays {
  const years = new Map<number, ReadonlySet<IsoDate>>();
  return {
    has: (date) => {
      const year = Number(date.slice(0, 4));
      if (!years.has(year)) years.set(year, new Set(englandAndWalesBankHolidays(year)));
      return years.get(year)!.has(date);
    },
  };
}

export const ENGLAND_AND_WALES_BANK_HOLIDAYS: BankHolidays = bankHolidaysByRule();

/** REFERENCE.md §3.1's table, from the rules. */
export const ENGLAND_AND_WALES_BANK_HOLIDAYS_2025_2027: readonly IsoDate[] = [2025, 2026, 2027].flatMap(
  englandAndWalesBankHolidays,
);

/** The bank holidays plus more (a proclaimed one-off not yet in this release, loaded at the edge). */
export function withBankHolidays(
  extra: readonly IsoDate[],
  base: BankHolidays = ENGLAND_AND_WALES_BANK_HOLIDAYS,
): BankHolidays {
  extra.forEach((date) => assertIsoDate(date, 'bank holiday'));
  const added = new Set(extra);
  return { has: (date) => added.has(date) || base.has(date) };
}
