import type { IsoDate } from '../calendar';
import type { AtRiskThresholds } from './at-risk.events';

/** What the record shows about one pupil (from the read models), for the pupils-at-risk list. */
export type PupilSignals = Readonly<{
  upn: string;
  suspensions: readonly IsoDate[];
  partTime: boolean;
  attendancePercent?: number;
  declinedReferrals: number;
  tried: readonly string[];
}>;

export type AtRiskReason = Readonly<{ code: string; detail: string; weight: number }>;
export type PupilAtRisk = Readonly<{ upn: string; score: number; reasons: AtRiskReason[]; tried: readonly string[] }>;

/**
 * Product decision: terms start on 1 September, 1 January and 1 April and the school year on 1 September, the
 * same for every school, so "this term" means the same thing on every LA's list.
 */
export function termStart(today: IsoDate): IsoDate {
  const [year, month] = [Number(today.slice(0, 4)), Number(today.slice(5, 7))];
  if (month >= 9) return `${year}-09-01`;
  return month >= 4 ? `${year}-04-01` : `${year}-01-01`;
}
export const yearStart = (today: IsoDate): IsoDate =>
  Number(today.slice(5, 7)) >= 9 ? `${today.slice(0, 4)}-09-01` : `${Number(today.slice(0, 4)) - 1}-09-01`;

/** Each threshold crossed is a reason with a weight; pupils are ranked by the sum, then by UPN for a stable order. */
export function rankPupilsAtRisk(
  pupils: readonly PupilSignals[],
  thresholds: AtRiskThresholds,
  today: IsoDate,
): PupilAtRisk[] {
  return pupils
    .map((p) => ({ upn: p.upn, reasons: reasonsFor(p, thresholds, today), tried: p.tried }))
    .filter((p) => p.reasons.length > 0)
    .map((p) => ({ ...p, score: p.reasons.reduce((sum, r) => sum + r.weight, 0) }))
    .sort((a, b) => b.score - a.score || a.upn.localeCompare(b.upn));
}

function reasonsFor(p: PupilSignals, t: AtRiskThresholds, today: IsoDate): AtRiskReason[] {
  const thisTerm = p.suspensions.filter((d) => d >= termStart(today) && d <= today).length;
  const thisYear = p.suspensions.filter((d) => d >= yearStart(today) && d <= today).length;
  const reasons: AtRiskReason[] = [];
  if (thisTerm >= t.suspensionsThisTerm)
    reasons.push({ code: 'suspensions_term', detail: `${thisTerm} suspensions this term`, weight: 3 + thisTerm });
  if (thisYear >= t.suspensionsThisYear)
    reasons.push({
      code: 'suspensions_year',
      detail: `${thisYear} suspensions this school year`,
      weight: 2 + thisYear,
    });
  if (p.partTime) reasons.push({ code: 'part_time', detail: 'On a part-time timetable', weight: 3 });
  if (p.attendancePercent !== undefined && p.attendancePercent < t.attendanceBelow)
    reasons.push({
      code: 'attendance',
      detail: `Attendance ${p.attendancePercent}% (below ${t.attendanceBelow}%)`,
      weight: 2 + Math.floor((t.attendanceBelow - p.attendancePercent) / 10),
    });
  if (p.declinedReferrals >= t.declinedReferrals)
    reasons.push({ code: 'declined', detail: `Referral declined ${p.declinedReferrals} times`, weight: 4 });
  return reasons;
}
