import { toCsv } from '../http/csv';

type Columns = ReadonlyArray<readonly [key: string, header: string]>;

/**
 * The columns of each table's CSV: the row's key and the header a spreadsheet user reads, in the order the exports
 * have always had, fixed whatever the rows hold (an empty export has the same header row). Dates stay ISO
 * (2025-11-06, instants in UTC) so a spreadsheet sorts them.
 */
const DAY6: Columns = [
  ['periodId', 'Reference'],
  ['upn', 'UPN'],
  ['schoolUrn', 'School URN'],
  ['responsibleKind', 'Responsible body'],
  ['responsibleId', 'Responsible body URN or LA code'],
  ['day1', 'Day 1'],
  ['day6', 'Day 6'],
  ['status', 'Status'],
  ['placementAccepted', 'Place accepted'],
  ['acceptedStart', 'Accepted start date'],
  ['startedOn', 'Started on'],
  ['startedFullTime', 'Started full time'],
  ['firstNoticeMissing', 'First parent notice missing'],
  ['provisionNoticeMissing', 'Provision parent notice missing'],
  ['reason', 'Reason for referral'],
  ['providerId', 'Provider ID'],
  ['lookedAfterFromDay1', 'Looked after (provision from day 1)'],
  ['endedReason', 'Why the timeline ended'],
  ['partTimeStartedOn', 'Part-time place started on'],
  ['partTimeHoursPerWeek', 'Part-time hours a week'],
  ['partTimeProviderId', 'Part-time provider ID'],
  ['schoolDaysLeft', 'School days left'],
];
const OVERDUE: Columns = [
  ['kind', 'What is overdue'],
  ['subjectId', 'Record reference'],
  ['dueBy', 'Due by'],
  ['raisedAt', 'Recorded as overdue at'],
  ['upn', 'UPN'],
  ['commissionerId', 'Commissioner URN or LA code'],
  ['providerId', 'Provider ID'],
  ['reason', 'Reason for referral'],
];
const PART_TIME: Columns = [
  ['placementId', 'Placement reference'],
  ['upn', 'UPN'],
  ['providerId', 'Provider ID'],
  ['commissionerId', 'Commissioner URN or LA code'],
  ['hoursPerWeek', 'Hours a week'],
  ['since', 'Part time since'],
  ['endDate', 'Part-time end date'],
  ['calendarDaysPartTime', 'Calendar days part time'],
  ['endDatePassed', 'End date passed'],
];

export const DASHBOARD_CSV_COLUMNS = {
  day6: DAY6,
  breaches: DAY6,
  parentNotices: DAY6,
  overdue: OVERDUE,
  partTime: PART_TIME,
} as const satisfies Readonly<Record<string, Columns>>;

/** Every row of one dashboard table as CSV, with its headers in words. */
export function dashboardCsv(
  table: keyof typeof DASHBOARD_CSV_COLUMNS,
  rows: ReadonlyArray<Record<string, unknown>>,
): string {
  const columns = DASHBOARD_CSV_COLUMNS[table];
  return toCsv(
    rows,
    columns.map(([key]) => key),
    columns.map(([, header]) => header),
  );
}
