import { ENGLAND_RULE_CALENDAR } from './england-calendar';
import type { SchoolCalendar } from './school-calendar';

/**
 * A typical LA calendar (REFERENCE.md §3.2), one span per half term, no INSET days (those are per school).
 * 2025/26 follows the Portsmouth / Shropshire / Stoke pattern. 2026/27 is illustrative only: the Wiltshire
 * option 1 pattern (7-day October break, ends Fri 23 Jul 2027), since adopted dates were not retrievable.
 * Each year has 195 term days (190 pupil days + 5 INSET chosen per school, §3.2).
 * Bank holidays inside a span (e.g. 4 May 2026) are removed by the bank-holiday layer.
 */
export const ENGLAND_STANDARD_CALENDAR: SchoolCalendar = {
  id: 'england-standard',
  name: 'England standard LA calendar',
  terms: [
    // 2025/26
    { start: '2025-09-03', end: '2025-10-24' }, // half term 27–31 Oct
    { start: '2025-11-03', end: '2025-12-19' },
    { start: '2026-01-05', end: '2026-02-13' }, // half term 16–20 Feb
    { start: '2026-02-23', end: '2026-03-27' },
    { start: '2026-04-13', end: '2026-05-22' }, // half term 25–29 May
    { start: '2026-06-01', end: '2026-07-22' },
    // 2026/27 (illustrative)
    { start: '2026-09-01', end: '2026-10-23' }, // October break 26 Oct–3 Nov
    { start: '2026-11-04', end: '2026-12-18' },
    { start: '2027-01-04', end: '2027-02-12' }, // half term 15–19 Feb
    { start: '2027-02-22', end: '2027-03-25' }, // Easter: Good Friday 26 Mar
    { start: '2027-04-12', end: '2027-05-28' }, // half term 31 May–4 Jun
    { start: '2027-06-07', end: '2027-07-23' },
  ],
  insetDays: [],
  closures: [],
  fallback: ENGLAND_RULE_CALENDAR,
};

/**
 * §0 day 6 and calendars: the excluding school's calendar, falling back **per date** to its LA's standard calendar
 * and then England's (the published standard, then the typical year by rule) where a calendar does not cover a date.
 */
export function resolveCalendar(
  schoolCalendar: SchoolCalendar | undefined,
  laCalendar: SchoolCalendar | undefined,
): SchoolCalendar {
  const layers = [schoolCalendar, laCalendar].filter(
    (c): c is SchoolCalendar => c !== undefined && c !== ENGLAND_STANDARD_CALENDAR,
  );
  return layers.reduceRight<SchoolCalendar>((fallback, c) => ({ ...c, fallback }), ENGLAND_STANDARD_CALENDAR);
}
