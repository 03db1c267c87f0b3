import { overdueText, reasonText, yearGroupText } from '../words/codes';
import { count } from '../words/counts';
import { shortDate } from '../words/dates';

type Row = Readonly<Record<string, unknown>>;

/** The dashboard's tables, as the API names them. */
export const DASHBOARD_TABLES = ['day6', 'breaches', 'overdue', 'partTime', 'parentNotices'] as const;
export type DashboardTable = (typeof DASHBOARD_TABLES)[number];

/** What GET /la/dashboard answers: the most urgent rows of each table, each table's size and the LA's names. */
export type DashboardAnswer = Readonly<{
  laCode: string;
  today: string;
  termStart?: string;
  summary: Readonly<Record<string, number>>;
  totals?: Readonly<Partial<Record<DashboardTable, number>>>;
  schools?: ReadonlyArray<{ urn: string; name: string }>;
  providers?: ReadonlyArray<{ providerId: string; name: string }>;
}> &
  Readonly<Record<DashboardTable, readonly Row[]>>;

/** The LA's schools and providers by id, from the names the dashboard's answer carries. */
export const namesOf = (answer: Pick<DashboardAnswer, 'schools' | 'providers'>): Names => ({
  schools: new Map((answer.schools ?? []).map((s) => [s.urn, s.name])),
  providers: new Map((answer.providers ?? []).map((p) => [p.providerId, p.name])),
});

export const FILTER_NAMES = [
  'school',
  'provider',
  'reason',
  'sen',
  'yearGroup',
  'socialWorker',
  'lookedAfter',
  'pupilPremium',
] as const;
export type DashboardFilters = Partial<Record<(typeof FILTER_NAMES)[number], string>>;

export type Names = Readonly<{ schools: ReadonlyMap<string, string>; providers: ReadonlyMap<string, string> }>;

const SEN: Readonly<Record<string, string>> = { N: 'No special educational needs', K: 'SEN support', E: 'EHC plan' };

/** Only the filters a user can set, in the order of the form; anything else in the query is dropped. */
export function readFilters(query: Readonly<Record<string, unknown>>): DashboardFilters {
  const filters: DashboardFilters = {};
  for (const name of FILTER_NAMES) {
    const value = query[name];
    if (typeof value === 'string' && value !== '') filters[name] = value;
  }
  return filters;
}

export const filterQuery = (filters: DashboardFilters, extra: Record<string, string> = {}): string =>
  new URLSearchParams({ ...filters, ...extra } as Record<string, string>).toString();

/** The filters in force, each as a tag that removes it (MoJ filter pattern). */
export function selectedFilters(filters: DashboardFilters, names: Names) {
  const label = (name: string, value: string): string => {
    if (name === 'school') return names.schools.get(value) ?? value;
    if (name === 'provider') return names.providers.get(value) ?? value;
    if (name === 'reason') return reasonText(value);
    if (name === 'sen') return SEN[value] ?? value;
    if (name === 'yearGroup') return yearGroupText(value);
    const yes = value === 'true';
    return { socialWorker: 'Has a social worker', lookedAfter: 'Looked after', pupilPremium: 'Pupil premium' }[
      name
    ]!.concat(yes ? '' : ': no');
  };
  return Object.entries(filters).map(([name, value]) => {
    const rest = { ...filters };
    delete rest[name as keyof DashboardFilters];
    return { text: label(name, value!), href: `/la?${filterQuery(rest)}` };
  });
}

const pupilHref = (upn: unknown) => `/la/pupils/${encodeURIComponent(String(upn))}`;
const schoolName = (names: Names, urn: unknown) => (urn ? (names.schools.get(String(urn)) ?? `URN ${urn}`) : '');
/** Who commissioned: a school by name, or the LA itself (a permanent exclusion's referral names the LA's code). */
const commissionerName = (names: Names, id: unknown) =>
  id && !names.schools.has(String(id)) && /^\d{3}$/.test(String(id)) ? `Local authority ${id}` : schoolName(names, id);
const providerName = (names: Names, id: unknown) => (id ? (names.providers.get(String(id)) ?? String(id)) : '');
const responsible = (names: Names, row: Row) =>
  row['responsibleKind'] === 'la' ? `Local authority ${row['responsibleId']}` : schoolName(names, row['responsibleId']);

/**
 * A breach's provision: started late, a part-time place (which never meets the duty, EIA 2006 s100 and reg 5, but is
 * not nothing), accepted to start, or none yet.
 */
const provisionOf = (r: Row, names: Names): string => {
  if (r['status'] === 'met_late' && r['startedOn']) return `Started late, ${shortDate(String(r['startedOn']))}`;
  if (r['partTimeHoursPerWeek'] !== null && r['partTimeHoursPerWeek'] !== undefined) {
    const at = r['partTimeProviderId'] ? ` at ${providerName(names, r['partTimeProviderId'])}` : '';
    return `Part-time only (${count(Number(r['partTimeHoursPerWeek']), 'hour')} a week${at})`;
  }
  if (r['acceptedStart']) return `Starts ${shortDate(String(r['acceptedStart']))}`;
  return 'None arranged';
};

/**
 * Days left as words and a tag colour: red on the last day, yellow the day before. The API counts 0 from day 6 on, so
 * an open clock whose day 6 is already behind today (its breach check not yet run) is told by its date.
 */
export function daysLeftTag(left: number, day6: string, today: string) {
  if (day6 < today) return { text: 'Day 6 has passed', classes: 'govuk-tag--red' };
  if (left <= 0) return { text: 'Day 6 today', classes: 'govuk-tag--red' };
  if (left === 1) return { text: '1 school day left', classes: 'govuk-tag--red' };
  return { text: `${left} school days left`, classes: left === 2 ? 'govuk-tag--yellow' : 'govuk-tag--blue' };
}

/** A summary card: its number, and its label in the singular or plural as the number needs. */
const card = (value: number | undefined, one: string, many: string, href: string) => ({
  label: value === 1 ? one : many,
  value: value ?? 0,
  href,
});

/** The LA dashboard as the page says it: cards, then one table per duty, each row linking to the pupil. */
export function presentDashboard(answer: DashboardAnswer, names: Names) {
  const s = answer.summary;
  return {
    today: answer.today,
    termStart: answer.termStart,
    totals: Object.fromEntries(DASHBOARD_TABLES.map((t) => [t, answer.totals?.[t] ?? answer[t].length])) as Record<
      DashboardTable,
      number
    >,
    cards: [
      card(s['openDay6Clocks'], 'Open day-6 clock', 'Open day-6 clocks', '#day6'),
      card(s['dueToday'], 'Place needed today', 'Places needed today', '#day6'),
      card(s['breachesThisTerm'], 'Day-6 breach this term', 'Day-6 breaches this term', '#breaches'),
      card(s['overdueResponses'], 'Overdue response', 'Overdue responses', '#overdue'),
      card(s['inductionsAndReviews'], 'Induction or review overdue', 'Inductions and reviews overdue', '#overdue'),
      card(
        s['partTimePastLimit'],
        'Part-time timetable past its limit',
        'Part-time timetables past their limit',
        '#part-time',
      ),
      card(s['parentNoticesNotGiven'], 'Parent notice not given', 'Parent notices not given', '#parent-notices'),
    ],
    day6: answer.day6.map((r) => ({
      upn: String(r['upn']),
      href: pupilHref(r['upn']),
      school: schoolName(names, r['schoolUrn']),
      responsible: responsible(names, r),
      reason: r['reason'] ? reasonText(String(r['reason'])) : 'No referral yet',
      day6: shortDate(String(r['day6'])),
      day6Sort: String(r['day6']),
      daysLeft: Number(r['schoolDaysLeft'] ?? 0),
      tag: daysLeftTag(Number(r['schoolDaysLeft'] ?? 0), String(r['day6']), answer.today),
      placement: r['placementAccepted'] ? `Starts ${shortDate(String(r['acceptedStart']))}` : 'No place accepted',
    })),
    breaches: answer.breaches.map((r) => ({
      upn: String(r['upn']),
      href: pupilHref(r['upn']),
      school: schoolName(names, r['schoolUrn']),
      responsible: responsible(names, r),
      day6: shortDate(String(r['day6'])),
      day6Sort: String(r['day6']),
      provision: provisionOf(r, names),
    })),
    overdue: answer.overdue.map((r) => ({
      upn: r['upn'] ? String(r['upn']) : 'Not known',
      href: r['upn'] ? pupilHref(r['upn']) : undefined,
      what: overdueText(String(r['kind'])),
      dueBy: shortDate(String(r['dueBy'])),
      dueBySort: String(r['dueBy']),
      provider: providerName(names, r['providerId']),
      school: commissionerName(names, r['commissionerId']),
    })),
    partTime: answer.partTime.map((r) => ({
      upn: String(r['upn']),
      href: pupilHref(r['upn']),
      provider: providerName(names, r['providerId']),
      hours: `${r['hoursPerWeek']} hours a week`,
      since: shortDate(String(r['since'])),
      sinceSort: String(r['since']),
      tag: r['endDatePassed']
        ? { text: 'Past its end date', classes: 'govuk-tag--red' }
        : {
            text: r['endDate'] ? `Ends ${shortDate(String(r['endDate']))}` : 'No end date',
            classes: 'govuk-tag--blue',
          },
    })),
    parentNotices: answer.parentNotices.map((r) => ({
      upn: String(r['upn']),
      href: pupilHref(r['upn']),
      school: schoolName(names, r['schoolUrn']),
      missing: [
        r['firstNoticeMissing'] ? 'Notice of the exclusion and the education from day 6 (by the end of day 1)' : '',
        r['provisionNoticeMissing'] ? 'Notice of the provision (48 hours before it starts)' : '',
      ]
        .filter(Boolean)
        .join('; '),
    })),
  };
}
