import type { IsoDate } from '../calendar';
import type { Post16Destination } from '../identifiers';
import type { Event } from '../shared';

export const DESTINATION_KINDS = {
  home_school: 'Return to the home school',
  mainstream_school: 'Another mainstream school',
  other_ap: 'Another alternative provision',
  specialist: 'A specialist setting',
  post16: 'A post-16 destination',
} as const;
export type DestinationKind = keyof typeof DESTINATION_KINDS;

export type Destination = Readonly<{ kind: DestinationKind; organisationId?: string; post16?: Post16Destination }>;

export type TransitionPlanned = Event<
  'TransitionPlanned',
  { placementId: string; upn: string; destination: Destination; plannedDate: IsoDate }
>;
export type TransitionMeetingHeld = Event<'TransitionMeetingHeld', { heldOn: IsoDate; attendees: string[] }>;
export type DestinationConfirmed = Event<
  'DestinationConfirmed',
  { destination: Destination; startsOn: IsoDate; confirmedAt: string }
>;
export type TransitionFollowUpRecorded = Event<
  'TransitionFollowUpRecorded',
  { followUpId: string; checkedOn: IsoDate; sustained: boolean; note?: string }
>;
export type Post16DestinationRecorded = Event<
  'Post16DestinationRecorded',
  { destination: Post16Destination; recordedOn: IsoDate }
>;

export type TransitionEvent =
  | TransitionPlanned
  | TransitionMeetingHeld
  | DestinationConfirmed
  | TransitionFollowUpRecorded
  | Post16DestinationRecorded;
