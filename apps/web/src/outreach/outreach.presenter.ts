import { longDate, shortDate } from '../words/dates';

export type OutreachListItem = Readonly<{
  outreachId: string;
  upn: string;
  schoolUrn: string;
  providerId: string;
  status: string;
  requestedOn: string;
  closedOn?: string | null;
  sessions: number;
  minutes: number;
  attended: number;
  objectivesMet?: string | null;
}>;

export const OUTREACH_STATUS: Readonly<Record<string, Readonly<{ text: string; classes: string }>>> = {
  requested: { text: 'Waiting for the provider', classes: 'govuk-tag--yellow' },
  active: { text: 'In progress', classes: 'govuk-tag--blue' },
  declined: { text: 'Declined', classes: 'govuk-tag--red' },
  closed: { text: 'Closed', classes: 'govuk-tag--grey' },
};
export const OBJECTIVES_MET_TEXT: Readonly<Record<string, string>> = {
  met: 'Objectives met',
  partly: 'Objectives partly met',
  not_met: 'Objectives not met',
};
export const ATTENDANCE_TEXT: Readonly<Record<string, string>> = {
  attended: 'Attended',
  partly: 'Attended part of the session',
  absent: 'Did not attend',
};

const hours = (minutes: number): string =>
  minutes < 60 ? `${minutes} minutes` : `${Math.round((minutes / 60) * 10) / 10} hours`;

/** The outreach list: open requests first, then by date requested, newest first. */
export function presentOutreachList(items: readonly OutreachListItem[]) {
  const rank = (s: string) => ['requested', 'active', 'closed', 'declined'].indexOf(s);
  return [...items]
    .sort((a, b) => rank(a.status) - rank(b.status) || b.requestedOn.localeCompare(a.requestedOn))
    .map((item) => ({
      href: `/outreach/${item.outreachId}`,
      upn: item.upn,
      provider: item.providerId,
      requested: shortDate(item.requestedOn),
      requestedSort: item.requestedOn,
      sessions: item.sessions === 1 ? '1 session' : `${item.sessions} sessions`,
      time: hours(item.minutes),
      status: OUTREACH_STATUS[item.status] ?? { text: item.status, classes: 'govuk-tag--grey' },
      outcome: item.objectivesMet ? (OBJECTIVES_MET_TEXT[item.objectivesMet] ?? '') : '',
    }));
}

export type OutreachEpisode = Readonly<{
  outreachId: string;
  status: string;
  upn: string;
  schoolUrn: string;
  providerId: string;
  requestedOn: string;
  acceptedOn?: string;
  request: Readonly<{ needs: string; tried: string[]; objectives: string[]; attendancePercent?: number }>;
  sessions: ReadonlyArray<Readonly<{ date: string; durationMinutes: number; focus: string; attendance: string }>>;
  closing: Readonly<{ closedOn: string; summary: string; objectivesMet: string; sessions: number }> | null;
  declined: Readonly<{ declinedOn: string; reason: string }> | null;
}>;

/** One episode in words: the request, what happened in each session, and how it ended. */
export function presentOutreachEpisode(episode: OutreachEpisode, role: string, organisationId: string) {
  const isProvider = role === 'provider' && organisationId === episode.providerId;
  return {
    id: episode.outreachId,
    heading: `Outreach for ${episode.upn}`,
    status: OUTREACH_STATUS[episode.status] ?? { text: episode.status, classes: 'govuk-tag--grey' },
    request: [
      { key: 'Pupil (UPN)', value: episode.upn },
      { key: 'School', value: episode.schoolUrn },
      { key: 'Provider', value: episode.providerId },
      { key: 'Requested', value: longDate(episode.requestedOn) },
      { key: 'Needs', value: episode.request.needs },
      { key: 'What the school has tried', value: episode.request.tried.join('\n') },
      { key: 'Objectives', value: episode.request.objectives.join('\n') },
      ...(episode.request.attendancePercent === undefined
        ? []
        : [{ key: 'Attendance when requested', value: `${episode.request.attendancePercent}%` }]),
    ],
    sessions: episode.sessions.map((s) => ({
      date: longDate(s.date),
      duration: hours(s.durationMinutes),
      focus: s.focus,
      attendance: ATTENDANCE_TEXT[s.attendance] ?? s.attendance,
    })),
    closing: episode.closing && {
      closedOn: longDate(episode.closing.closedOn),
      summary: episode.closing.summary,
      outcome: OBJECTIVES_MET_TEXT[episode.closing.objectivesMet] ?? episode.closing.objectivesMet,
    },
    declined: episode.declined && { on: longDate(episode.declined.declinedOn), reason: episode.declined.reason },
    canAccept: isProvider && episode.status === 'requested',
    canRecord: isProvider && episode.status === 'active',
  };
}
