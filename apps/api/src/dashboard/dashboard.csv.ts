import {
  DAY6_ENDED_WORDS,
  DAY6_STATUS_WORDS,
  OVERDUE_KIND_WORDS,
  REFERRAL_REASON_WORDS,
  RESPONSIBLE_KIND_WORDS,
  wordsFor,
  yesNo,
} from '@ap/application';
import { csvInWords, type CsvColumns as Columns } from '../http/csv';

const reason = wordsFor(REFERRAL_REASON_WORDS);

/**
 * The columns of each table's CSV: the row's key and the header a spreadsheet user reads, in the order the exports
 * have always had, fixed whatever the rows hold (an empty export has the same header row). Dates stay ISO
 * (2025-11-06, instants in UTC) so a spreadsheet sorts them.
 */
const DAY6: Columns = [
  ['periodId', 'Reference'],
  ['upn', 'UPN'],
  ['schoolUrn', 'School URN'],
  ['responsibleKind', 'Responsible body', wordsFor(RESPONSIBLE_KIND_WORDS)],
  ['responsibleId', 'Responsible body URN or LA code'],
  ['day1', 'Day 1'],
  ['day6', 'Day 6'],
  ['status', 'Status', wordsFor(DAY6_STATUS_WORDS)],
  ['placementAccepted', 'Place accepted', yesNo],
  ['acceptedStart', 'Accepted start date'],
  ['startedOn', 'Started on'],
  ['startedFullTime', 'Started full time', yesNo],
  ['firstNoticeMissing', 'First parent notice missing', yesNo],
  ['provisionNoticeMissing', 'Provision parent notice missing', yesNo],
  ['reason', 'Reason for referral', reason],
  ['providerId', 'Provider ID'],
  ['lookedAfterFromDay1', 'Looked after (provision from day 1)', yesNo],
  ['endedReason', 'Why the timeline ended', wordsFor(DAY6_ENDED_WORDS)],
  ['partTimeStartedOn', 'Part-time place started on'],
  ['partTimeHoursPerWeek', 'Part-time hours a week'],
  ['partTimeProviderId', 'Part-time provider ID'],
  ['schoolDaysLeft', 'School days left'],
];
const OVERDUE: Columns = [
  ['kind', 'What is overdue', wordsFor(OVERDUE_KIND_WORDS)],
  ['subjectId', 'Record reference'],
  ['dueBy', 'Due by'],
  ['raisedAt', 'Recorded as overdue at'],
  ['upn', 'UPN'],
  ['commissionerId', 'Commissioner URN or LA code'],
  ['providerId', 'Provider ID'],
  ['reason', 'Reason for referral', reason],
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
  ['endDatePassed', 'End date passed', yesNo],
];

export const DASHBOARD_CSV_COLUMNS = {
  day6: DAY6,
  breaches: DAY6,
  parentNotices: DAY6,
  overdue: OVERDUE,
  partTime: PART_TIME,
} as const satisfies Readonly<Record<string, Columns>>;

/** Every row of one dashboard table as CSV, with its headers and its codes in words. */
export function dashboardCsv(
  table: keyof typeof DASHBOARD_CSV_COLUMNS,
  rows: ReadonlyArray<Record<string, unknown>>,
): string {
  return csvInWords(DASHBOARD_CSV_COLUMNS[table], rows);
}
