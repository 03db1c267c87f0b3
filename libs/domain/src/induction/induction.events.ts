import type { IsoDate } from '../calendar';
import type { Event } from '../shared';

export const INDUCTION_ATTENDEES = [
  'pupil',
  'parent_or_carer',
  'school',
  'social_worker',
  'provider',
  'virtual_school',
] as const;
export type InductionAttendee = (typeof INDUCTION_ATTENDEES)[number];
export const BASELINE_AREAS = ['literacy', 'numeracy', 'social_emotional'] as const;
export type BaselineArea = (typeof BASELINE_AREAS)[number];

export type InductionOpened = Event<
  'InductionOpened',
  { placementId: string; upn: string; providerId: string; placementStartedOn: IsoDate }
>;
export type InductionMeetingHeld = Event<'InductionMeetingHeld', { heldOn: IsoDate; attendees: InductionAttendee[] }>;
export type BaselineAssessed = Event<'BaselineAssessed', { area: BaselineArea; assessedOn: IsoDate; result: string }>;
export type NeedsIdentified = Event<'NeedsIdentified', { needs: string[]; recordedOn: IsoDate }>;
export type PupilAndFamilyVoiceRecorded = Event<
  'PupilAndFamilyVoiceRecorded',
  { pupilVoice: string; familyVoice: string; recordedOn: IsoDate }
>;
export type InductionPlanAgreed = Event<'InductionPlanAgreed', { agreedOn: IsoDate; targets: string[] }>;
export type InductionCompleted = Event<'InductionCompleted', { completedOn: IsoDate }>;

export type InductionEvent =
  | InductionOpened
  | InductionMeetingHeld
  | BaselineAssessed
  | NeedsIdentified
  | PupilAndFamilyVoiceRecorded
  | InductionPlanAgreed
  | InductionCompleted;
