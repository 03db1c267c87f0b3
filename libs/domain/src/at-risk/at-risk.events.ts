import type { Event } from '../shared';

/** The LA's thresholds for its pupils-at-risk list (an LA setting; defaults below). */
export type AtRiskThresholds = Readonly<{
  /** Suspensions this term at or above which a pupil is listed. */
  suspensionsThisTerm: number;
  suspensionsThisYear: number;
  /** Attendance (percent) below which a pupil is listed. */
  attendanceBelow: number;
  /** Declined referrals at or above which a pupil is listed ("declined twice"). */
  declinedReferrals: number;
}>;

export const DEFAULT_AT_RISK_THRESHOLDS: AtRiskThresholds = {
  suspensionsThisTerm: 2,
  suspensionsThisYear: 3,
  attendanceBelow: 90,
  declinedReferrals: 2,
};

export type AtRiskThresholdsSet = Event<
  'AtRiskThresholdsSet',
  { laCode: string; thresholds: AtRiskThresholds; setAt: string }
>;

export type AtRiskEvent = AtRiskThresholdsSet;
