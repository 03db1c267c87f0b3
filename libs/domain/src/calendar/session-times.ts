import { addCalendarDays, dayOfWeek, type IsoDate } from './iso-date';

/** A school's session times as it publishes them with its calendar, in UK local time ('HH:MM'). */
export type SessionTimes = Readonly<{ morningStarts: string; afternoonEnds: string }>;

/** Used where a school has published no session times of its own. */
export const DEFAULT_SESSION_TIMES: SessionTimes = { morningStarts: '08:45', afternoonEnds: '15:15' };

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
export const isSessionTime = (value: unknown): value is string => typeof value === 'string' && TIME.test(value);

/** The last Sunday of a month (month 1–12). */
function lastSunday(year: number, month: number): IsoDate {
  const firstOfNext = month === 12 ? `${year + 1}-01-01` : `${year}-${String(month + 1).padStart(2, '0')}-01`;
  const end = addCalendarDays(firstOfNext, -1);
  return addCalendarDays(end, -dayOfWeek(end));
}

/**
 * A UK local time on a date as a UTC instant: British Summer Time runs from 01:00 UTC on the last Sunday of March
 * to 01:00 UTC on the last Sunday of October (Summer Time Act 1972, as set by order since 2002).
 */
export function ukLocalToUtc(date: IsoDate, time: string): string {
  const year = Number(date.slice(0, 4));
  const bst = date > lastSunday(year, 3) && date < lastSunday(year, 10);
  const [hours, minutes] = time.split(':').map(Number) as [number, number];
  const ms = Date.parse(`${date}T00:00:00.000Z`) + ((hours - (bst ? 1 : 0)) * 60 + minutes) * 60_000;
  return new Date(ms).toISOString();
}
