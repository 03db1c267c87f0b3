import { addSchoolDays, exclusionDay6, previousSchoolDay, type IsoDate } from '../calendar';
import type { ExclusionDetails, ReferralEvent } from '../referral';
import type { Event } from '../shared';
import {
  cancel,
  evolveDeadlines,
  fired,
  isCurrent,
  schedule,
  startOfDayAfter,
  today,
  type DeadlineEvent,
  type PendingDeadlines,
  type ProcessInput,
  type ProcessManager,
  timelinesFor,
} from './process';

export type ReferralTimelinesState = Readonly<{
  referralId?: string;
  commissionerLa?: string;
  exclusion?: ExclusionDetails;
  providerId?: string;
  openRequest?: string;
  closed: boolean;
  deadlines: PendingDeadlines;
}>;

export type ReferralTimelineEvent =
  | Event<'ReferralTimelinesStarted', { referralId: string; commissionerLa: string; exclusion?: ExclusionDetails }>
  | Event<'ProviderResponseDue', { providerId: string; dueBy: IsoDate; earlierForDay6: boolean }>
  | Event<'ProviderResponseOverdue', { providerId: string; dueBy: IsoDate; escalatedTo: string }>
  | Event<'InformationRequestDue', { requestId: string; dueBy: IsoDate }>
  | Event<'InformationRequestReminder', { requestId: string; dueBy: IsoDate }>
  | Event<'InformationRequestOverdue', { requestId: string; dueBy: IsoDate; escalatedTo: string }>
  | Event<
      'InformationRequestClosed',
      { requestId: string; outcome: 'answered' | 'withdrawn' | 'declined' | 'accepted' }
    >
  | Event<'ReferralTimelinesClosed', { outcome: string }>;

type Out = ReferralTimelineEvent | DeadlineEvent;
type Input = Extract<ProcessInput, { kind: 'event' }>;
const data = <T extends ReferralEvent['type']>(input: Input) =>
  input.event.data as Extract<ReferralEvent, { type: T }>['data'];

/**
 * Information sharing and provider response (§0 defaults): a submitted referral not accepted or declined within 3
 * school days is escalated to the LA (earlier when the exclusion's day 6 comes first); an information request not
 * answered within 2 school days gets a reminder after the first and is escalated after the second.
 */
export const referralTimelinesProcess: ProcessManager<ReferralTimelinesState, ReferralTimelineEvent> = {
  name: 'referraltimelines',
  initialState: () => ({ closed: false, deadlines: {} }),
  decide: (input, state) => (input.kind === 'deadline' ? onDeadline(input, state) : onEvent(input, state)),
  evolve,
};

function onEvent(input: Input, state: ReferralTimelinesState): Out[] {
  if (state.closed) return [];
  const id = input.event.streamId.slice('referral-'.length);
  switch (input.event.type) {
    case 'ReferralOpened': {
      const d = data<'ReferralOpened'>(input);
      return state.referralId
        ? []
        : [
            {
              type: 'ReferralTimelinesStarted',
              data: {
                referralId: id,
                commissionerLa: d.commissioner.laCode,
                ...(d.exclusion ? { exclusion: d.exclusion } : {}),
              },
            },
          ];
    }
    case 'ReferralSubmitted':
      return submitted(input, state, data<'ReferralSubmitted'>(input).providerId);
    case 'InformationRequested': {
      const { requestId, requestedAt } = data<'InformationRequested'>(input);
      // Business time from the command's clock, not the database's commit time.
      const day = today(requestedAt);
      const dueBy = addSchoolDays(input.calendar, day, timelinesFor(input).informationRequest);
      return [
        { type: 'InformationRequestDue', data: { requestId, dueBy } },
        schedule(
          'information-reminder',
          startOfDayAfter(addSchoolDays(input.calendar, day, 1)),
          'Remind the commissioner after one school day',
        ),
        schedule(
          'information-escalation',
          startOfDayAfter(dueBy),
          'Escalate an unanswered information request after 2 school days',
        ),
      ];
    }
    case 'InformationProvided':
      return closeRequest(state, 'answered');
    case 'ReferralAccepted':
    case 'ReferralDeclined':
      return [
        ...closeRequest(state, input.event.type === 'ReferralAccepted' ? 'accepted' : 'declined'),
        ...cancel(state, 'provider-response'),
      ];
    case 'ReferralWithdrawn':
      return [
        ...closeRequest(state, 'withdrawn'),
        { type: 'ReferralTimelinesClosed', data: { outcome: 'withdrawn' } },
        ...cancel(state, ...Object.keys(state.deadlines)),
      ];
    default:
      return [];
  }
}

function submitted(input: Input, state: ReferralTimelinesState, providerId: string): Out[] {
  const day = today(data<'ReferralSubmitted'>(input).submittedAt);
  let dueBy = addSchoolDays(input.calendar, day, timelinesFor(input).providerResponse);
  // The pupil's open day-6 duty where the worker found one (it aggregates consecutive suspensions), else the
  // referral's own exclusion details.
  const day6 =
    input.dutyDay6 ??
    (state.exclusion && (state.exclusion.exclusionType === 'PERM' || (state.exclusion.lengthSchoolDays ?? 0) > 5)
      ? exclusionDay6(input.calendar, { startDate: state.exclusion.firstDay, startsPartWay: false })
      : undefined);
  // Issue 4: escalate earlier when day 6 is nearer, so the LA hears before the duty is breached.
  const beforeDay6 = day6 ? previousSchoolDay(input.calendar, day6) : undefined;
  const earlier = beforeDay6 !== undefined && beforeDay6 < dueBy && beforeDay6 >= day;
  if (earlier) dueBy = beforeDay6;
  return [
    { type: 'ProviderResponseDue', data: { providerId, dueBy, earlierForDay6: earlier } },
    schedule('provider-response', startOfDayAfter(dueBy), 'Escalate when the provider has not accepted or declined'),
  ];
}

function closeRequest(
  state: ReferralTimelinesState,
  outcome: 'answered' | 'withdrawn' | 'declined' | 'accepted',
): Out[] {
  if (!state.openRequest) return [];
  return [
    { type: 'InformationRequestClosed', data: { requestId: state.openRequest, outcome } },
    ...cancel(state, 'information-reminder', 'information-escalation'),
  ];
}

function onDeadline(input: Extract<ProcessInput, { kind: 'deadline' }>, state: ReferralTimelinesState): Out[] {
  if (!isCurrent(state, input)) return [];
  const dueBy = today(new Date(Date.parse(input.dueAt) - 1).toISOString());
  const escalatedTo = state.commissionerLa ?? '';
  switch (input.name) {
    case 'provider-response':
      return [
        fired(input),
        { type: 'ProviderResponseOverdue', data: { providerId: state.providerId ?? '', dueBy, escalatedTo } },
      ];
    case 'information-reminder':
      return [
        fired(input),
        {
          type: 'InformationRequestReminder',
          data: {
            requestId: state.openRequest ?? '',
            dueBy: state.deadlines['information-escalation']?.slice(0, 10) ?? dueBy,
          },
        },
      ];
    case 'information-escalation':
      return [
        fired(input),
        { type: 'InformationRequestOverdue', data: { requestId: state.openRequest ?? '', dueBy, escalatedTo } },
      ];
    default:
      return [fired(input)];
  }
}

function evolve(state: ReferralTimelinesState, event: Out): ReferralTimelinesState {
  const next = evolveDeadlines(state, event);
  switch (event.type) {
    case 'ReferralTimelinesStarted':
      return {
        ...next,
        referralId: event.data.referralId,
        commissionerLa: event.data.commissionerLa,
        exclusion: event.data.exclusion,
      };
    case 'ProviderResponseDue':
      return { ...next, providerId: event.data.providerId };
    case 'InformationRequestDue':
      return { ...next, openRequest: event.data.requestId };
    case 'InformationRequestClosed':
      return { ...next, openRequest: undefined };
    case 'ReferralTimelinesClosed':
      return { ...next, closed: true };
    default:
      return next;
  }
}
