import type { IsoDate } from '../calendar';
import type { Command } from '../shared';
import type { Commissioner } from '../referral';
import type { ProviderFullTimeRoll, YearGroup } from '../timetable';
import type { CriterionProgress, PlacementEndReason, PlacementTier, Timetable } from './placement.events';

export type CreatePlacement = Command<
  'CreatePlacement',
  {
    placementId: string;
    referralId: string;
    providerId: string;
    commissioner: Commissioner;
    upn: string;
    /** The pupil's home LA, which may see the placement as well as the commissioner's. */
    homeLaCode?: string;
    yearGroup: YearGroup;
    lookedAfterOrEhcp: boolean;
    /** The provider as the directory knows it now: registered schools are not subject to the threshold. */
    provider: Readonly<{ registered: boolean; fullTimeRoll: ProviderFullTimeRoll }>;
    startDate: IsoDate;
    timetable: Timetable;
    dualRegistered: boolean;
    /** Absent: tier 2 for a dual-registered pupil, else tier 3 (the same default as the v1 upcaster). */
    tier?: PlacementTier;
    plannedEndDate?: IsoDate;
  }
>;
export type StartPlacement = Command<'StartPlacement', { startedOn: IsoDate }>;
export type RecordPlacementReview = Command<
  'RecordPlacementReview',
  {
    reviewId: string;
    heldOn: IsoDate;
    attendancePercent: number;
    progress: string;
    pupilView: string;
    parentView: string;
    englishAttainment?: string;
    mathsAttainment?: string;
    nextReviewDate: IsoDate;
    reintegrationProgress?: readonly CriterionProgress[];
  }
>;
export type ChangePlacementHours = Command<
  'ChangePlacementHours',
  {
    effectiveFrom: IsoDate;
    timetable: Timetable;
    /** The provider as the directory knows it now, for the registration threshold when hours rise to full-time. */
    provider?: Readonly<{ registered: boolean; fullTimeRoll: ProviderFullTimeRoll }>;
  }
>;
export type EndPlacement = Command<'EndPlacement', { endedOn: IsoDate; reason: PlacementEndReason; note?: string }>;

export type AgreeReintegrationCriteria = Command<
  'AgreeReintegrationCriteria',
  { criteria: string[]; agreedOn: IsoDate; agreedWith: string[] }
>;
export type ExtendPlacement = Command<'ExtendPlacement', { plannedEndDate: IsoDate; reason: string }>;

export type PlacementCommand =
  | CreatePlacement
  | StartPlacement
  | RecordPlacementReview
  | ChangePlacementHours
  | EndPlacement
  | AgreeReintegrationCriteria
  | ExtendPlacement;
