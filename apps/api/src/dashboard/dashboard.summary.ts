import type { SchoolCalendar } from '@ap/domain';

import type { OverdueCounts } from './dashboard-tables.query';

type Row = Record<string, unknown>;
export type DashboardTables = Readonly<Record<'day6' | 'breaches' | 'partTime' | 'parentNotices', readonly Row[]>>;

/**
 * The cards at the top of the LA dashboard: each a count of rows in the tables below it (all of them, not the page
 * shown), the overdue items counted by kind in the database.
 */
export function summarise(tables: DashboardTables, overdue: OverdueCounts) {
  const overdueOf = (test: (kind: string) => boolean) =>
    Object.entries(overdue.byKind)
      .filter(([kind]) => test(kind))
      .reduce((sum, [, n]) => sum + n, 0);
  const escalated = new Set(overdue.escalated);
  return {
    openDay6Clocks: tables.day6.length,
    // The last school day before day 6 is today: a place must be arranged today.
    dueToday: tables.day6.filter((c) => Number(c['schoolDaysLeft']) <= 1).length,
    breachesThisTerm: tables.breaches.length,
    overdueResponses: overdueOf(
      (k) => k === 'provider_response' || k === 'outreach_response' || k === 'information_request',
    ),
    inductionsAndReviews: overdueOf((k) => k.startsWith('induction_') || k === 'review'),
    partTimePastLimit: tables.partTime.filter(
      (p) => p['endDatePassed'] === true || escalated.has(String(p['placementId'])),
    ).length,
    parentNoticesNotGiven: tables.parentNotices.length,
  };
}

/**
 * The first day of the term that contains `today` on the LA's calendar: calendars list half terms, so a term is a
 * pair of them (autumn, spring, summer); before the first half term of the calendar, 1 September.
 */
export function termStart(calendar: SchoolCalendar, today: string): string {
  const index = calendar.terms.findLastIndex((t) => t.start <= today);
  if (index < 0) return `${Number(today.slice(0, 4)) - (today.slice(5) < '09-01' ? 1 : 0)}-09-01`;
  return calendar.terms[index - (index % 2)]!.start;
}
