import type { IsoDate } from '../calendar';
import type { Post16Destination } from '../identifiers';
import type { Command } from '../shared';
import type { Destination } from './transition.events';

export type PlanTransition = Command<
  'PlanTransition',
  { placementId: string; upn: string; destination: Destination; plannedDate: IsoDate }
>;
export type RecordTransitionMeeting = Command<'RecordTransitionMeeting', { heldOn: IsoDate; attendees: string[] }>;
export type ConfirmDestination = Command<'ConfirmDestination', { startsOn: IsoDate }>;
export type RecordTransitionFollowUp = Command<
  'RecordTransitionFollowUp',
  { followUpId: string; checkedOn: IsoDate; sustained: boolean; note?: string }
>;
export type RecordPost16Destination = Command<
  'RecordPost16Destination',
  { destination: Post16Destination; recordedOn: IsoDate }
>;

export type TransitionCommand =
  PlanTransition | RecordTransitionMeeting | ConfirmDestination | RecordTransitionFollowUp | RecordPost16Destination;
