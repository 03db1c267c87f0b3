import { addSchoolDays, type IsoDate } from '../calendar';
import type { OutreachEvent } from '../outreach';
import type { Event } from '../shared';
import {
  cancel,
  evolveDeadlines,
  fired,
  isCurrent,
  schedule,
  startOfDayAfter,
  timelinesFor,
  type DeadlineEvent,
  type PendingDeadlines,
  type ProcessInput,
  type ProcessManager,
} from './process';

export type OutreachResponseState = Readonly<{
  providerId?: string;
  laCode?: string;
  closed: boolean;
  deadlines: PendingDeadlines;
}>;

export type OutreachResponseEvent =
  | Event<'OutreachResponseDue', { providerId: string; laCode: string; dueBy: IsoDate }>
  | Event<'OutreachResponseOverdue', { providerId: string; dueBy: IsoDate; escalatedTo: string }>
  | Event<'OutreachResponseClosed', { outcome: 'accepted' | 'declined' }>;

type Out = OutreachResponseEvent | DeadlineEvent;
type Input = Extract<ProcessInput, { kind: 'event' }>;

/**
 * The provider answers an outreach request (accepts or declines it) within the LA's provider-response deadline,
 * counted in school days on the requesting school's calendar from the day of the request; unanswered, it is an
 * overdue response on the LA's dashboard. Product decision (REFERENCE §0 is silent on outreach): a request for
 * outreach asks the provider to take a pupil on just as a referral does, so it takes §0's "provider responds to a
 * submitted referral: 3 school days", the same setting an LA can change (PUT /las/{la}/timelines, providerResponse).
 */
export const outreachResponseProcess: ProcessManager<OutreachResponseState, OutreachResponseEvent> = {
  name: 'outreachresponse',
  initialState: () => ({ closed: false, deadlines: {} }),
  decide: (input, state) => (input.kind === 'deadline' ? onDeadline(input, state) : onEvent(input, state)),
  evolve,
};

function onEvent(input: Input, state: OutreachResponseState): Out[] {
  if (state.closed) return [];
  switch (input.event.type) {
    case 'OutreachRequested': {
      if (state.providerId) return [];
      const d = input.event.data as Extract<OutreachEvent, { type: 'OutreachRequested' }>['data'];
      const dueBy = addSchoolDays(input.calendar, d.requestedOn, timelinesFor(input).providerResponse);
      return [
        { type: 'OutreachResponseDue', data: { providerId: d.providerId, laCode: d.laCode, dueBy } },
        schedule('outreach-response', startOfDayAfter(dueBy), 'Escalate when the provider has not answered'),
      ];
    }
    case 'OutreachAccepted':
    case 'OutreachDeclined':
      return [
        {
          type: 'OutreachResponseClosed',
          data: { outcome: input.event.type === 'OutreachAccepted' ? 'accepted' : 'declined' },
        },
        ...cancel(state, 'outreach-response'),
      ];
    default:
      return [];
  }
}

function onDeadline(input: Extract<ProcessInput, { kind: 'deadline' }>, state: OutreachResponseState): Out[] {
  if (!isCurrent(state, input) || state.closed) return [];
  const dueBy = new Date(Date.parse(input.dueAt) - 1).toISOString().slice(0, 10);
  return [
    fired(input),
    {
      type: 'OutreachResponseOverdue',
      data: { providerId: state.providerId ?? '', dueBy, escalatedTo: state.laCode ?? '' },
    },
  ];
}

function evolve(state: OutreachResponseState, event: Out): OutreachResponseState {
  const next = evolveDeadlines(state, event);
  switch (event.type) {
    case 'OutreachResponseDue':
      return { ...next, providerId: event.data.providerId, laCode: event.data.laCode };
    case 'OutreachResponseClosed':
      return { ...next, closed: true };
    default:
      return next;
  }
}
