import type { IsoDate } from '../calendar';
import type { Command } from '../shared';
import type { BaselineArea, InductionAttendee } from './induction.events';

export type OpenInduction = Command<
  'OpenInduction',
  { placementId: string; upn: string; providerId: string; placementStartedOn: IsoDate }
>;
export type RecordInductionMeeting = Command<
  'RecordInductionMeeting',
  { heldOn: IsoDate; attendees: InductionAttendee[] }
>;
export type RecordBaselineAssessment = Command<
  'RecordBaselineAssessment',
  { area: BaselineArea; assessedOn: IsoDate; result: string }
>;
export type RecordIdentifiedNeeds = Command<'RecordIdentifiedNeeds', { needs: string[] }>;
export type RecordPupilAndFamilyVoice = Command<
  'RecordPupilAndFamilyVoice',
  { pupilVoice: string; familyVoice: string }
>;
export type AgreeInductionPlan = Command<'AgreeInductionPlan', { agreedOn: IsoDate; targets: string[] }>;

export type InductionCommand =
  | OpenInduction
  | RecordInductionMeeting
  | RecordBaselineAssessment
  | RecordIdentifiedNeeds
  | RecordPupilAndFamilyVoice
  | AgreeInductionPlan;
