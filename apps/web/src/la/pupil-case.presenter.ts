import { destinationText } from '../destinations/destination.presenter';
import { EXCLUSION_TYPES, overdueText, placementStatusTag, reasonText, statusTag } from '../words/codes';
import { shortDayDate } from '../words/dates';

type Item = Readonly<Record<string, unknown>>;

/** The case as the API gives it, now (`GET /pupils/{upn}/case`) or as it was (`history?asOf=`): one shape. */
export type CaseAnswer = Readonly<{
  exclusions?: ReadonlyArray<Item>;
  referrals: ReadonlyArray<Item>;
  placements: ReadonlyArray<Item>;
  inductions?: ReadonlyArray<Item>;
  transitions: ReadonlyArray<Item>;
  openTimelines: Readonly<{ day6: ReadonlyArray<Item>; overdue: ReadonlyArray<Item> }>;
}>;

const text = (value: unknown) => (value === undefined || value === null ? '' : String(value));
const date = (value: unknown) => shortDayDate(text(value));
const lower = (words: string) => words.charAt(0).toLowerCase() + words.slice(1);
const provider = (r: Item) => text(r['providerName'] ?? r['providerId']);

/** "Suspension from Thu 23 Oct 2025, Oak Academy"; a cancelled one says so. */
function exclusionText(e: Item): string {
  const type = EXCLUSION_TYPES[text(e['exclusionType'])] ?? text(e['exclusionType']);
  const school = text(e['schoolName'] ?? (e['schoolUrn'] ? `URN ${text(e['schoolUrn'])}` : ''));
  return [`${type} from ${date(e['startDate'])}`, school, e['cancelled'] ? 'cancelled' : ''].filter(Boolean).join(', ');
}

/** "Attending, Bridges Learning, 25 hours a week, started Fri 7 Nov 2025". */
function placementText(p: Item): string {
  const hours = (p['timetable'] as { hoursPerWeek?: number } | undefined)?.hoursPerWeek;
  const when =
    p['status'] === 'ended'
      ? `started ${date(p['startedOn'])}, ended ${date(p['endedOn'])}`
      : p['startedOn']
        ? `started ${date(p['startedOn'])}`
        : p['startDate']
          ? `to start ${date(p['startDate'])}`
          : '';
  return [
    placementStatusTag(text(p['status'])).text,
    provider(p),
    hours !== undefined ? `${hours} hours a week${p['fullTime'] === false ? ' (part-time)' : ''}` : '',
    when,
  ]
    .filter(Boolean)
    .join(', ');
}

/** "In progress: meeting held Tue 11 Nov 2025, plan agreed Thu 20 Nov 2025"; "Completed Fri 28 Nov 2025". */
function inductionText(i: Item): string {
  if (i['status'] === 'completed') return `Completed ${date(i['completedOn'])}`;
  const steps = [
    i['meetingHeldOn'] ? `meeting held ${date(i['meetingHeldOn'])}` : 'no meeting yet',
    i['planAgreedOn'] ? `plan agreed ${date(i['planAgreedOn'])}` : 'no plan agreed yet',
  ];
  return `In progress: ${steps.join(', ')}`;
}

/** "Planned: back to the home school on Mon 5 Jan 2026"; "Confirmed: …, starting Mon 5 Jan 2026". */
function transitionText(t: Item): string {
  const destination = t['destination'] ? lower(destinationText(t['destination'] as never)) : 'no destination';
  if (t['status'] === 'confirmed') return `Confirmed: ${destination}, starting ${date(t['startsOn'])}`;
  return `Planned: ${destination}${t['plannedDate'] ? ` on ${date(t['plannedDate'])}` : ''}`;
}

/** The day-6 clock (§0 day 6): its dates, where it stands and who holds the duty. */
function day6Text(d: Item): string {
  const status = d['status'] === 'breached' ? 'breached, no full-time provision' : 'running';
  const holder = text(
    d['responsibleName'] ??
      (d['responsibleKind'] === 'la'
        ? `Local authority ${text(d['responsibleId'])}`
        : `URN ${text(d['responsibleId'])}`),
  );
  const day1 = d['day1'] ? `Day 1 ${date(d['day1'])}, day 6` : 'Day 6';
  return `${day1} ${date(d['day6'])}: ${status}${d['responsibleId'] ? `. ${holder} is responsible` : ''}`;
}

/** A summary-list row, with the id of what it tells (to line up the same thing at two dates). */
type Row = Readonly<{ id: string; key: { text: string }; value: { text: string } }>;

/**
 * The case as summary-list rows in plain words: exclusions, referrals, placements, inductions, transitions and the
 * timelines still open. The same words for the case now and the record as it was on a date.
 */
export function presentCase(answer: CaseAnswer): Row[] {
  const rows: Row[] = [];
  const row = (id: string, key: string, value: string) => rows.push({ id, key: { text: key }, value: { text: value } });
  for (const record of answer.exclusions ?? [])
    for (const [id, e] of Object.entries((record['exclusions'] ?? {}) as Record<string, Item>))
      row(`exclusion-${id}`, 'Exclusion', exclusionText(e));
  for (const r of answer.referrals)
    row(
      `referral-${text(r['id'])}`,
      'Referral',
      `${reasonText(text(r['reason']))}: ${lower(statusTag(text(r['status'])).text)}${r['providerId'] ? `, ${provider(r)}` : ''}`,
    );
  for (const p of answer.placements) row(`placement-${text(p['id'])}`, 'Placement', placementText(p));
  for (const i of answer.inductions ?? []) row(`induction-${text(i['id'])}`, 'Induction', inductionText(i));
  for (const t of answer.transitions) row(`transition-${text(t['id'])}`, 'Transition', transitionText(t));
  for (const d of answer.openTimelines.day6) row(`day6-${text(d['periodId'])}`, 'Day-6 clock', day6Text(d));
  for (const o of answer.openTimelines.overdue)
    row(
      `overdue-${text(o['subjectId'])}:${text(o['kind'])}`,
      'Overdue',
      `${overdueText(text(o['kind']))}${o['dueBy'] ? `, due by ${date(o['dueBy'])}` : ''}`,
    );
  if (rows.length === 0) row('case', 'Case', 'Nothing open');
  return rows;
}

/** What differs between the case at two dates, in the same words: each thing that changed, then and later. */
export function presentCaseChanges(first: CaseAnswer, second: CaseAnswer) {
  const open = (key: string) => key === 'Day-6 clock' || key === 'Overdue';
  const [before, after] = [presentCase(first), presentCase(second)].map((rows) => rows.filter((r) => r.id !== 'case'));
  const ids = [...new Set([...before, ...after].map((r) => r.id))];
  return ids.flatMap((id) => {
    const [then, later] = [before.find((r) => r.id === id), after.find((r) => r.id === id)];
    if (then?.value.text === later?.value.text) return [];
    const key = (then ?? later)!.key.text;
    return [
      {
        record: key,
        before: then?.value.text ?? (open(key) ? 'Not open' : 'Not recorded yet'),
        after: later?.value.text ?? (open(key) ? 'No longer open' : 'No longer recorded'),
      },
    ];
  });
}
