import type { IsoDate } from '../calendar';
import type { Post16Destination } from '../identifiers';
import type { Destination, TransitionEvent } from './transition.events';

type Planned = Readonly<{
  placementId: string;
  destination: Destination;
  plannedDate: IsoDate;
  meetingHeldOn?: IsoDate;
}>;

export type TransitionState =
  | Readonly<{ status: 'none' }>
  | (Planned & Readonly<{ status: 'planned' }>)
  | (Planned &
      Readonly<{
        status: 'confirmed';
        startsOn: IsoDate;
        followUps: readonly string[];
        sustained?: boolean;
        post16Recorded: boolean;
        /** Each follow-up check, oldest first, and the latest post-16 destination: what the pages show. */
        checks: ReadonlyArray<Readonly<{ checkedOn: IsoDate; sustained: boolean; note?: string }>>;
        post16?: Readonly<{ destination: Post16Destination; recordedOn: IsoDate }>;
      }>);

export const initialTransitionState = (): TransitionState => ({ status: 'none' });

export function evolveTransition(state: TransitionState, event: TransitionEvent): TransitionState {
  switch (event.type) {
    case 'TransitionPlanned': {
      const { placementId, destination, plannedDate } = event.data;
      const meetingHeldOn = state.status === 'planned' ? state.meetingHeldOn : undefined;
      return { status: 'planned', placementId, destination, plannedDate, meetingHeldOn };
    }
    case 'TransitionMeetingHeld':
      return state.status === 'none' ? state : { ...state, meetingHeldOn: event.data.heldOn };
    case 'DestinationConfirmed':
      return state.status === 'planned'
        ? {
            ...state,
            status: 'confirmed',
            startsOn: event.data.startsOn,
            followUps: [],
            post16Recorded: false,
            checks: [],
          }
        : state;
    case 'TransitionFollowUpRecorded':
      return state.status === 'confirmed'
        ? {
            ...state,
            followUps: [...state.followUps, event.data.followUpId],
            sustained: event.data.sustained,
            checks: [...(state.checks ?? []), check(event.data)],
          }
        : state;
    case 'Post16DestinationRecorded':
      return state.status === 'confirmed' ? { ...state, post16Recorded: true, post16: { ...event.data } } : state;
    default:
      // evolve trusts history and never throws: an event type this version does not know changes nothing.
      return state;
  }
}

const check = ({ checkedOn, sustained, note }: Readonly<{ checkedOn: IsoDate; sustained: boolean; note?: string }>) =>
  note === undefined ? { checkedOn, sustained } : { checkedOn, sustained, note };
