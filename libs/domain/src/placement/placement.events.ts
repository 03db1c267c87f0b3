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

/** SEND and AP Improvement Plan 2023 (REFERENCE §1.9): tier 1 support in school, tier 2 time-limited with a return
 * to the home school, tier 3 transitional to a new setting or post-16 destination. */
export const PLACEMENT_TIERS = {
  1: 'Tier 1: targeted support in mainstream',
  2: 'Tier 2: time-limited placement, returning to the home school',
  3: 'Tier 3: transitional placement to a new school or post-16 destination',
} as const;
export type PlacementTier = 1 | 2 | 3;
export const isPlacementTier = (value: unknown): value is PlacementTier => value === 1 || value === 2 || value === 3;

export type CriterionProgress = Readonly<{ criterion: string; met: boolean; note?: string }>;

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
    /** Schema v2. Upcast from v1 as tier 2 for a dual-registered pupil (stays on the home school's roll), else 3. */
    tier: PlacementTier;
    /** Schema v2: the planned end (start + planned length); v1 placements have none and never overrun. */
    plannedEndDate?: IsoDate;
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
    /** Schema v2: a tier-2 placement reviews each agreed reintegration criterion; v1 reviews upcast with none. */
    reintegrationProgress: readonly CriterionProgress[];
  }
>;
export type PlacementHoursChanged = Event<
  'PlacementHoursChanged',
  { effectiveFrom: IsoDate; timetable: Timetable; fullTime: boolean }
>;
export type PlacementEnded = Event<'PlacementEnded', { endedOn: IsoDate; reason: PlacementEndReason; note?: string }>;

/** Tier 2 plans its return from the start: the criteria for going back, agreed at induction. */
export type ReintegrationCriteriaAgreed = Event<
  'ReintegrationCriteriaAgreed',
  { criteria: string[]; agreedOn: IsoDate; agreedWith: string[] }
>;
export type PlacementExtended = Event<
  'PlacementExtended',
  { previousEndDate?: IsoDate; plannedEndDate: IsoDate; reason: string; extendedAt: string }
>;

export type PlacementEvent =
  | PlacementCreated
  | PlacementStarted
  | PlacementReviewed
  | PlacementHoursChanged
  | PlacementEnded
  | ReintegrationCriteriaAgreed
  | PlacementExtended;
