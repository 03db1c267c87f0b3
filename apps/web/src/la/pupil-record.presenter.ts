import { yearGroupText } from '../words/codes';
import { dateTime, longDate, fullDate } from '../words/dates';

type Actor = Readonly<{
  id?: string;
  role?: string;
  organisationId?: string;
  organisationName?: string;
  name?: string;
}> | null;
export type HistoryEvent = Readonly<{
  position: string;
  recordedAt: string;
  streamId: string;
  type: string;
  summary: string;
  actor: Actor;
  data: unknown;
}>;
export type AccessRead = Readonly<{ what: string; at: string; actor: Actor }>;

const ROLES: Readonly<Record<string, string>> = {
  school: 'School',
  provider: 'Provider',
  la_officer: 'LA officer',
  la_auditor: 'LA auditor',
  admin: 'Administrator',
  system: 'The service',
};
const RECORDS: Readonly<Record<string, string>> = {
  exclusions: 'Exclusions',
  day6: 'Day-6 timeline',
  referral: 'Referral',
  referraltimelines: 'Referral timelines',
  placement: 'Placement',
  placementtimelines: 'Placement timelines',
  induction: 'Induction',
  transition: 'Transition',
  reintegration: 'Reintegration follow-up',
};

/**
 * "Sam Patel, Oak Academy"; an LA's people with their role ("Jo Williams, LA officer, Local authority 201"); "The
 * service (automatic)" for the timelines the engine runs itself.
 */
export function whoText(actor: Actor): string {
  if (!actor || actor.role === 'system') return 'The service (automatic)';
  const role = ROLES[actor.role ?? ''] ?? actor.role ?? 'Someone';
  const organisation =
    actor.organisationName ?? (actor.organisationId ? `${role} ${actor.organisationId}` : 'unknown organisation');
  const laRole = actor.role === 'la_officer' || actor.role === 'la_auditor' || actor.role === 'admin';
  return [actor.name ?? actor.id ?? role, laRole ? role : undefined, organisation]
    .filter((part, i, all) => part && all.indexOf(part) === i)
    .join(', ');
}

export const recordName = (streamId: string): string => {
  const category = streamId.slice(0, streamId.indexOf('-'));
  return `${RECORDS[category] ?? category} ${streamId.slice(category.length + 1)}`;
};

/**
 * The engine's own bookkeeping: timers set, cancelled and falling due (what they lead to is told: "Day 6 passed"),
 * and the process managers opening, closing and noting what they watch. All of it is in the CSV export.
 */
const BOOKKEEPING = new Set([
  'DeadlineScheduled',
  'DeadlineCancelled',
  'DeadlineFired',
  'ReferralTimelinesStarted',
  'ReferralTimelinesClosed',
  'InformationRequestClosed',
  'PlacementTimelinesStarted',
  'PlacementTimelinesClosed',
  'TimetableNoted',
  'BaselineNoted',
  'Day6PlacementAccepted',
  'OutreachResponseClosed',
]);

/** Just before an event was recorded: the record as it was when this happened (the auditor's one click). */
const justBefore = (iso: string) => new Date(new Date(iso).getTime() - 1).toISOString();

/** The pupil's whole history, newest first, in plain English with the detail one click away. */
export function presentTimeline(upn: string, events: readonly HistoryEvent[]) {
  // The service's own timer bookkeeping is in the CSV export; the page tells what people and the rules did.
  const told = events.filter((e) => !BOOKKEEPING.has(e.type));
  return [...told].reverse().map((e) => ({
    what: e.summary,
    who: whoText(e.actor),
    when: dateTime(e.recordedAt),
    whenIso: e.recordedAt,
    record: recordName(e.streamId),
    detail: JSON.stringify(e.data, null, 2),
    beforeHref: `/la/pupils/${encodeURIComponent(upn)}?asOf=${encodeURIComponent(justBefore(e.recordedAt))}#as-of`,
  }));
}

export function presentAccessLog(reads: readonly AccessRead[]) {
  return [...reads].reverse().map((r) => ({ who: whoText(r.actor), when: dateTime(r.at), what: r.what }));
}

type RecordState = Readonly<{ version: number; state: unknown }>;

/** Everything each record held then, as recorded (for the auditor who needs the raw detail, one click away). */
export function presentRecordsAt(records: Readonly<Record<string, RecordState>>) {
  return Object.entries(records).map(([streamId, r]) => ({
    record: recordName(streamId),
    version: r.version,
    detail: JSON.stringify(r.state, null, 2),
  }));
}

/** The integrity check's verdict as a notification banner. */
export function presentVerdict(result: {
  intact: boolean;
  eventsChecked: number;
  streams: number;
  breaks: readonly unknown[];
}) {
  return result.intact
    ? {
        type: 'success',
        title: 'The record has not been altered',
        text: `All ${result.eventsChecked} events in ${result.streams} records match their recorded fingerprints.`,
      }
    : {
        type: undefined,
        title: 'The record has been altered',
        text: `${result.breaks.length} record(s) do not match their recorded fingerprints: an event was changed or deleted after it was written.`,
      };
}

/** An instant as the page says it: "Monday 30 November 2026 at 11:59pm". */
const instantText = (iso: string) => `${longDate(iso)} at ${dateTime(iso).split(' at ')[1]}`;

export const asOfHeading = (iso: string) => `The record as it was on ${instantText(iso)}`;

export const changesHeading = (iso: string) => `What changed up to ${instantText(iso)}`;

type PupilIdentity = Readonly<{
  name: string | null;
  dateOfBirth: string | null;
  yearGroup: string | null;
  school: Readonly<{ urn: string; name: string | null }> | null;
}>;

/** Who the pupil is: their name as the heading (the UPN where no referral names them) and the facts beneath it. */
export function presentPupil(upn: string, pupil: PupilIdentity | undefined) {
  const rows = [
    { key: { text: 'UPN' }, value: { text: upn } },
    ...(pupil?.dateOfBirth ? [{ key: { text: 'Date of birth' }, value: { text: fullDate(pupil.dateOfBirth) } }] : []),
    ...(pupil?.yearGroup ? [{ key: { text: 'Year group' }, value: { text: yearGroupText(pupil.yearGroup) } }] : []),
    ...(pupil?.school
      ? [{ key: { text: 'School' }, value: { text: pupil.school.name ?? `URN ${pupil.school.urn}` } }]
      : []),
  ];
  return { heading: pupil?.name ?? `UPN ${upn}`, rows };
}
