/** Dates as GOV.UK writes them, for the pages (apps/web) and the history's plain-English summaries. */
const LONG = new Intl.DateTimeFormat('en-GB', {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});
const DAY_MONTH_YEAR = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});
const SHORT = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
const WITH_WEEKDAY_SHORT = new Intl.DateTimeFormat('en-GB', {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});
const TIME = new Intl.DateTimeFormat('en-GB', {
  hour: 'numeric',
  minute: '2-digit',
  hour12: true,
  timeZone: 'Europe/London',
});

const asDate = (value: string): Date => new Date(value.length === 10 ? `${value}T00:00:00Z` : value);

/** GOV.UK style: "Thursday 6 November 2025". */
export const longDate = (value: string): string => LONG.format(asDate(value)).replace(',', '');

/** A date no one needs the weekday of, such as a date of birth: "4 March 2011". */
export const fullDate = (value: string): string => DAY_MONTH_YEAR.format(asDate(value));

/** For tables: "6 Nov 2025". */
export const shortDate = (value: string): string => SHORT.format(asDate(value));

/** For timelines: "Thu 6 Nov 2025". */
export const shortDayDate = (value: string): string => WITH_WEEKDAY_SHORT.format(asDate(value)).replace(',', '');

/** "9:05am" (UK time). */
export const timeOfDay = (value: string): string => TIME.format(new Date(value)).replace(' ', '').toLowerCase();

/** "6 Nov 2025 at 9:05am" (UK time). */
export const dateTime = (value: string): string => `${shortDate(value)} at ${timeOfDay(value)}`;

/** Whole calendar days from `from` to `to` (ISO dates), negative when `to` is earlier. */
export const daysBetween = (from: string, to: string): number =>
  Math.round((asDate(to.slice(0, 10)).getTime() - asDate(from.slice(0, 10)).getTime()) / 86_400_000);
