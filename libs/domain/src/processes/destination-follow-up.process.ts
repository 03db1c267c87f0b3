import { addCalendarDays, addSchoolDays, type IsoDate } from '../calendar';
import type { Event } from '../shared';
import type { TransitionEvent } from '../transition';
import {
  cancel,
  evolveDeadlines,
  fired,
  isCurrent,
  schedule,
  startOfDayAfter,
  timelinesFor,
  today,
  type DeadlineEvent,
  type PendingDeadlines,
  type ProcessInput,
  type ProcessManager,
} from './process';

export type DestinationFollowUpState = Readonly<{
  kind?: string;
  dueBy?: IsoDate;
  done: boolean;
  deadlines: PendingDeadlines;
}>;

export type DestinationFollowUpEvent =
  | Event<'DestinationFollowUpDue', { destinationKind: string; startsOn: IsoDate; dueBy: IsoDate }>
  | Event<'DestinationFollowUpDone', { checkedOn: IsoDate; sustained: boolean }>
  | Event<'DestinationFollowUpMissed', { dueBy: IsoDate; destinationKind: string }>;

type Out = DestinationFollowUpEvent | DeadlineEvent;
type Data<T extends TransitionEvent['type']> = Extract<TransitionEvent, { type: T }>['data'];

/**
 * Tier 3 follows its destination up (returns to a school have the reintegration process). A post-16 destination is
 * checked for being sustained two terms after it starts (DfE destination measures count two terms, REFERENCE
 * §2.6: taken as 26 weeks, since colleges and employers keep other calendars); another AP or a specialist setting
 * is checked after the reintegration follow-up interval (§0, 30 school days). A missing check is recorded.
 */
export const destinationFollowUpProcess: ProcessManager<DestinationFollowUpState, DestinationFollowUpEvent> = {
  name: 'destinations',
  initialState: () => ({ done: false, deadlines: {} }),
  decide: (input, state) => (input.kind === 'deadline' ? onDeadline(input, state) : onEvent(input, state)),
  evolve: (state, event) => {
    const next = evolveDeadlines(state, event);
    if (event.type === 'DestinationFollowUpDue')
      return { ...next, kind: event.data.destinationKind, dueBy: event.data.dueBy };
    if (event.type === 'DestinationFollowUpDone') return { ...next, done: true };
    return next;
  },
};

const FOLLOWED_UP = new Set(['other_ap', 'specialist', 'post16']);

function onEvent(input: Extract<ProcessInput, { kind: 'event' }>, state: DestinationFollowUpState): Out[] {
  const { event } = input;
  if (event.type === 'DestinationConfirmed' && !state.kind) {
    const d = event.data as Data<'DestinationConfirmed'>;
    if (!FOLLOWED_UP.has(d.destination.kind)) return [];
    const dueBy =
      d.destination.kind === 'post16'
        ? addCalendarDays(d.startsOn, 26 * 7)
        : addSchoolDays(input.calendar, d.startsOn, timelinesFor(input).reintegrationFollowUp);
    return [
      { type: 'DestinationFollowUpDue', data: { destinationKind: d.destination.kind, startsOn: d.startsOn, dueBy } },
      schedule('sustained-check', startOfDayAfter(dueBy), `Follow up the ${d.destination.kind} destination`),
    ];
  }
  if (event.type === 'TransitionFollowUpRecorded' && state.kind && !state.done) {
    const d = event.data as Data<'TransitionFollowUpRecorded'>;
    // Sustained means still there two terms on: an earlier check does not answer the post-16 question.
    if (state.kind === 'post16' && state.dueBy && d.checkedOn < state.dueBy) return [];
    return [
      { type: 'DestinationFollowUpDone', data: { checkedOn: d.checkedOn, sustained: d.sustained } },
      ...cancel(state, 'sustained-check'),
    ];
  }
  return [];
}

function onDeadline(input: Extract<ProcessInput, { kind: 'deadline' }>, state: DestinationFollowUpState): Out[] {
  if (!isCurrent(state, input)) return [];
  if (state.done) return [fired(input)];
  const dueBy = today(new Date(Date.parse(input.dueAt) - 1).toISOString());
  return [fired(input), { type: 'DestinationFollowUpMissed', data: { dueBy, destinationKind: state.kind ?? '' } }];
}
