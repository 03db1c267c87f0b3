import type { IsoDate } from '../calendar';
import type { Event } from '../shared';

/**
 * Children Absent From Education panel (Wiltshire's CAFE, seed 003): the LA reviews each pupil not receiving
 * suitable full-time education (EA 1996 s19, s436A) and tracks its actions to done.
 */
export type CafeAction = Readonly<{ actionId: string; description: string; owner: string; dueDate: IsoDate }>;

export const CAFE_REASONS = {
  no_provision_after_day6: 'No provision from the sixth day of exclusion',
  part_time_timetable: 'On a part-time timetable',
  below_benchmark: 'Placement below the full-time benchmark',
  ill_out_of_school: 'Ill and out of school',
} as const;
export type CafeReason = keyof typeof CAFE_REASONS;

export type CafeReviewRecorded = Event<
  'CafeReviewRecorded',
  {
    reviewId: string;
    upn: string;
    laCode: string;
    heldOn: IsoDate;
    attendees: string[];
    /** Why the pupil was on the worklist when reviewed. */
    reasons: CafeReason[];
    recommendations: string[];
    actions: CafeAction[];
    recordedAt: string;
  }
>;
export type CafeActionCompleted = Event<
  'CafeActionCompleted',
  { actionId: string; completedOn: IsoDate; note?: string }
>;

export type CafeEvent = CafeReviewRecorded | CafeActionCompleted;
