import type { Pool } from 'pg';
import type { SchoolCalendar } from '@ap/domain';

type Row = Record<string, unknown>;
export type DashboardTables = Readonly<Record<'day6' | 'breaches' | 'overdue' | 'partTime' | 'parentNotices', Row[]>>;

/** The cards at the top of the LA dashboard: each a count of rows in the tables below it, or of this term's breaches. */
export function summarise(tables: DashboardTables, breachesThisTerm: number) {
  const overdueOf = (test: (kind: string) => boolean) => tables.overdue.filter((o) => test(String(o['kind']))).length;
  const escalated = new Set(
    tables.overdue.filter((o) => o['kind'] === 'part_time_escalated').map((o) => String(o['subjectId'])),
  );
  return {
    openDay6Clocks: tables.day6.length,
    // The last school day before day 6 is today: a place must be arranged today.
    dueToday: tables.day6.filter((c) => Number(c['schoolDaysLeft']) <= 1).length,
    breachesThisTerm,
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

/** Day-6 breaches in the LA (still breached, or met late) whose day 6 fell on or after `since`. */
export async function countBreachesSince(pool: Pool, la: string, since: string): Promise<number> {
  const { rows } = await pool.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM rm_day6 WHERE la_code = $1 AND status IN ('breached', 'met_late') AND day6 >= $2`,
    [la, since],
  );
  return rows[0]!.n;
}
