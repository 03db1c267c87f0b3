import { linkHtml, tagHtml } from '../views/html';
import { REFERRAL_REASONS, yearGroupText } from '../words/codes';
import {
  filterQuery,
  type DashboardFilters,
  type DashboardTable,
  type Names,
  type presentDashboard,
} from './la-dashboard.presenter';

type Dashboard = ReturnType<typeof presentDashboard>;
type Cell = { text?: string; html?: string; attributes?: Record<string, string> };

const sortable = (text: string) => ({ text, attributes: { 'aria-sort': 'none' } });
const pupil = (row: { href?: string; upn: string }): Cell =>
  row.href ? { html: linkHtml(row.href, row.upn) } : { text: row.upn };

/** Each table's address on the web (`/la/dashboard/<slug>`) and the API's name for it. */
export const TABLE_SLUGS: Readonly<Record<string, DashboardTable>> = {
  day6: 'day6',
  breaches: 'breaches',
  overdue: 'overdue',
  'part-time': 'partTime',
  'parent-notices': 'parentNotices',
};
const slugOf = (key: DashboardTable) => Object.entries(TABLE_SLUGS).find(([, k]) => k === key)![0];

/** What a table is called in "View all 133 …" and "Showing 1 to 50 of 133 …". */
const ROWS_NAMED: Readonly<Record<DashboardTable, string>> = {
  day6: 'open day-6 clocks',
  breaches: 'breaches this term',
  overdue: 'overdue items',
  partTime: 'part-time timetables',
  parentNotices: 'missing parent notices this term',
};

export type TableSection = ReturnType<typeof dashboardTables>[number];

/**
 * One section per dashboard table: its govukTable arguments, its size, a link to all of it when the dashboard shows
 * only the most urgent rows, and its CSV download (every row, with the same filters). A table shown whole can be
 * sorted in the browser; a table cut short cannot (sorting the rows shown would look like sorting them all).
 */
export function dashboardTables(board: Dashboard, filters: DashboardFilters) {
  const csv = (name: string) => `/la/dashboard.csv?${filterQuery(filters, { table: name })}`;
  const table = (key: DashboardTable, caption: string, head: Cell[], rows: Cell[][], csvHref: string) => {
    const id = slugOf(key);
    const total = board.totals[key];
    const whole = rows.length >= total;
    return {
      id,
      key,
      caption,
      csv: csvHref,
      empty: total === 0,
      total,
      shown: rows.length,
      rowsNamed: ROWS_NAMED[key],
      viewAll: whole ? undefined : `/la/dashboard/${id}?${filterQuery(filters)}`,
      table: {
        caption,
        captionClasses: 'govuk-table__caption--m',
        attributes: whole ? { 'data-module': 'moj-sortable-table', id: `${id}-table` } : { id: `${id}-table` },
        head: whole ? head : head.map(({ text, html }) => ({ text, html })),
        rows,
      },
    };
  };
  return [
    table(
      'day6',
      'Day-6 clocks running',
      [
        sortable('Pupil (UPN)'),
        sortable('School'),
        sortable('Responsible'),
        sortable('Day 6'),
        { text: 'Time left' },
        { text: 'Place' },
      ],
      board.day6.map((r) => [
        pupil(r),
        { text: r.school },
        { text: r.responsible },
        { text: r.day6, attributes: { 'data-sort-value': r.day6Sort } },
        { html: tagHtml(r.tag), attributes: { 'data-sort-value': String(r.daysLeft) } },
        { text: r.placement },
      ]),
      csv('day6'),
    ),
    table(
      'breaches',
      'Day-6 breaches: no full-time provision from day 6',
      [sortable('Pupil (UPN)'), sortable('School'), sortable('Responsible'), sortable('Day 6'), { text: 'Provision' }],
      board.breaches.map((r) => [
        pupil(r),
        { text: r.school },
        { text: r.responsible },
        { text: r.day6, attributes: { 'data-sort-value': r.day6Sort } },
        {
          html: tagHtml({
            text: r.provision,
            classes: r.provision === 'None arranged' ? 'govuk-tag--red' : 'govuk-tag--yellow',
          }),
        },
      ]),
      csv('breaches'),
    ),
    table(
      'overdue',
      'Overdue',
      [
        sortable('Pupil (UPN)'),
        sortable('What is overdue'),
        sortable('Due by'),
        sortable('Provider'),
        sortable('School'),
      ],
      board.overdue.map((r) => [
        pupil(r),
        { text: r.what },
        { html: tagHtml({ text: r.dueBy, classes: 'govuk-tag--red' }), attributes: { 'data-sort-value': r.dueBySort } },
        { text: r.provider },
        { text: r.school },
      ]),
      csv('overdue'),
    ),
    table(
      'partTime',
      'Part-time timetables',
      [
        sortable('Pupil (UPN)'),
        sortable('Provider'),
        sortable('Hours'),
        sortable('Part-time since'),
        { text: 'Status' },
      ],
      board.partTime.map((r) => [
        pupil(r),
        { text: r.provider },
        { text: r.hours },
        { text: r.since, attributes: { 'data-sort-value': r.sinceSort } },
        { html: tagHtml(r.tag) },
      ]),
      csv('partTime'),
    ),
    table(
      'parentNotices',
      'Parent notices not given',
      [sortable('Pupil (UPN)'), sortable('School'), { text: 'Notice missing' }],
      board.parentNotices.map((r) => [pupil(r), { text: r.school }, { text: r.missing }]),
      csv('parentNotices'),
    ),
  ];
}

type Option = { value: string; text: string; selected?: boolean };
const pick = (current: string | undefined, all: string, entries: Array<[string, string]>): Option[] => [
  { value: '', text: all },
  ...entries.map(([value, text]) => ({ value, text, selected: current === value })),
];

/** The MoJ filter's fields, with what is chosen now. */
export function filterOptions(filters: DashboardFilters, names: Names) {
  const flag = (name: 'lookedAfter' | 'socialWorker' | 'pupilPremium', text: string) => ({
    name,
    value: 'true',
    text,
    checked: filters[name] === 'true',
  });
  return {
    schools: pick(
      filters.school,
      'All schools',
      [...names.schools.entries()].map(([urn, name]) => [urn, name]),
    ),
    providers: pick(filters.provider, 'All providers', [...names.providers.entries()]),
    reasons: pick(filters.reason, 'All reasons', Object.entries(REFERRAL_REASONS)),
    sen: pick(filters.sen, 'Any', [
      ['N', 'No special educational needs'],
      ['K', 'SEN support'],
      ['E', 'EHC plan'],
    ]),
    yearGroups: pick(
      filters.yearGroup,
      'All year groups',
      ['R', ...Array.from({ length: 13 }, (_, i) => String(i + 1))].map((y) => [y, yearGroupText(y)]),
    ),
    flags: [
      flag('lookedAfter', 'Are looked after'),
      flag('socialWorker', 'Have a social worker'),
      flag('pupilPremium', 'Get the pupil premium'),
    ],
  };
}

/** The GOV.UK pagination's page numbers: the first, the last, and those either side of the current (gaps elided). */
export function pageItems(current: number, count: number): Array<number | undefined> {
  const wanted = [...new Set([1, current - 1, current, current + 1, count])]
    .filter((n) => n >= 1 && n <= count)
    .sort((a, b) => a - b);
  return wanted.flatMap((n, i) => (i > 0 && n - wanted[i - 1]! > 1 ? [undefined, n] : [n]));
}
