import type { IsoDate } from '../calendar';
import type { Event } from '../shared';
import type { Commissioner } from '../referral';

export const PART_TIME_REASONS = {
  medical: 'Medical or mental-health need',
  reintegration: 'Phased reintegration',
  phased_induction: 'Phased start at the provider',
  pupil_wellbeing: 'Pupil wellbeing',
  other: 'Other exceptional reason',
  manage_behaviour: 'To manage behaviour (never allowed)',
} as const;
export type PartTimeReason = keyof typeof PART_TIME_REASONS;

export type PartTimeTerms = Readonly<{
  reason: PartTimeReason;
  detail: string;
  parentalAgreement: boolean;
  reviewDate: IsoDate;
  endDate: IsoDate;
}>;

export type Timetable = Readonly<{ hoursPerWeek: number; partTime?: PartTimeTerms }>;

export const PLACEMENT_END_REASONS = {
  returned_to_home_school: 'Returned to the home school',
  moved_to_mainstream: 'Moved to another mainstream school',
  moved_to_ap: 'Moved to another AP',
  moved_to_specialist: 'Moved to a specialist setting',
  post16: 'Left for a post-16 destination',
  left_area: 'Left the area',
  breakdown: 'Placement broke down',
  other: 'Other',
} as const;
export type PlacementEndReason = keyof typeof PLACEMENT_END_REASONS;

export type PlacementCreated = Event<
  'PlacementCreated',
  {
    placementId: string;
    referralId: string;
    providerId: string;
    commissioner: Commissioner;
    upn: string;
    homeLaCode?: string;
    yearGroup: number | 'R';
    startDate: IsoDate;
    timetable: Timetable;
    fullTime: boolean;
    /** Counts towards an unregistered provider's registration threshold on its own. */
    lookedAfterOrEhcp: boolean;
    dualRegistered: boolean;
    createdAt: string;
  }
>;
export type PlacementStarted = Event<
  'PlacementStarted',
  { startedOn: IsoDate; hoursPerWeek: number; fullTime: boolean }
>;
export type PlacementReviewed = Event<
  'PlacementReviewed',
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
  }
>;
export type PlacementHoursChanged = Event<
  'PlacementHoursChanged',
  { effectiveFrom: IsoDate; timetable: Timetable; fullTime: boolean }
>;
export type PlacementEnded = Event<'PlacementEnded', { endedOn: IsoDate; reason: PlacementEndReason; note?: string }>;

export type PlacementEvent =
  PlacementCreated | PlacementStarted | PlacementReviewed | PlacementHoursChanged | PlacementEnded;
