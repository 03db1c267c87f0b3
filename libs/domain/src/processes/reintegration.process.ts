import { addSchoolDays, type IsoDate } from '../calendar';
import type { Event } from '../shared';
import type { TransitionEvent } from '../transition';
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
  type ProcessManager,
  timelinesFor,
} from './process';

export type ReintegrationState = Readonly<{ returnedOn?: IsoDate; done: boolean; deadlines: PendingDeadlines }>;

export type ReintegrationEvent =
  | Event<'ReintegrationFollowUpDue', { returnedOn: IsoDate; dueBy: IsoDate; destinationKind: string }>
  | Event<'ReintegrationFollowUpDone', { checkedOn: IsoDate; sustained: boolean }>
  | Event<'ReintegrationFollowUpMissed', { dueBy: IsoDate }>;

// A return to a school (home or another mainstream one) is followed up; other destinations have their own checks.
const FOLLOWED_UP = new Set(['home_school', 'mainstream_school']);

/** §0: 30 school days after a pupil returns to a school, a follow-up is due; a missing one is recorded. */
export const reintegrationProcess: ProcessManager<ReintegrationState, ReintegrationEvent> = {
  name: 'reintegration',
  initialState: () => ({ done: false, deadlines: {} }),
  decide: (input, state): Array<ReintegrationEvent | DeadlineEvent> => {
    if (input.kind === 'deadline') {
      if (!isCurrent(state, input)) return [];
      return [
        fired(input),
        ...(state.done
          ? []
          : [
              {
                type: 'ReintegrationFollowUpMissed' as const,
                data: { dueBy: today(new Date(Date.parse(input.dueAt) - 1).toISOString()) },
              },
            ]),
      ];
    }
    const { event } = input;
    if (event.type === 'DestinationConfirmed' && !state.returnedOn) {
      const d = event.data as Extract<TransitionEvent, { type: 'DestinationConfirmed' }>['data'];
      if (!FOLLOWED_UP.has(d.destination.kind)) return [];
      const dueBy = addSchoolDays(input.calendar, d.startsOn, timelinesFor(input).reintegrationFollowUp);
      return [
        {
          type: 'ReintegrationFollowUpDue',
          data: { returnedOn: d.startsOn, dueBy, destinationKind: d.destination.kind },
        },
        schedule('follow-up', startOfDayAfter(dueBy), 'Reintegration follow-up 30 school days after return'),
      ];
    }
    if (event.type === 'TransitionFollowUpRecorded' && state.returnedOn && !state.done) {
      const d = event.data as { checkedOn: IsoDate; sustained: boolean };
      return [
        { type: 'ReintegrationFollowUpDone', data: { checkedOn: d.checkedOn, sustained: d.sustained } },
        ...cancel(state, 'follow-up'),
      ];
    }
    return [];
  },
  evolve: (state, event) => {
    const next = evolveDeadlines(state, event);
    if (event.type === 'ReintegrationFollowUpDue') return { ...next, returnedOn: event.data.returnedOn };
    if (event.type === 'ReintegrationFollowUpDone') return { ...next, done: true };
    return next;
  },
};
