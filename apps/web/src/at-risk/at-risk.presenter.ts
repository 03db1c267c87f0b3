export type AtRiskPupil = Readonly<{
  upn: string;
  score: number;
  reasons: ReadonlyArray<Readonly<{ code: string; detail: string }>>;
  tried: readonly string[];
}>;
export type Thresholds = Readonly<{
  suspensionsThisTerm: number;
  suspensionsThisYear: number;
  attendanceBelow: number;
  declinedReferrals: number;
}>;

/** Pupils at rising risk, most at risk first (the API ranks them), with why and what has been tried. */
export function presentAtRisk(pupils: readonly AtRiskPupil[], thresholds: Thresholds) {
  return {
    heading: pupils.length === 1 ? '1 pupil at rising risk' : `${pupils.length} pupils at rising risk`,
    thresholds: [
      `${thresholds.suspensionsThisTerm} or more suspensions this term`,
      `${thresholds.suspensionsThisYear} or more suspensions this school year`,
      'a part-time timetable',
      `attendance below ${thresholds.attendanceBelow}%`,
      `${thresholds.declinedReferrals} or more declined referrals`,
    ],
    rows: pupils.map((p, i) => ({
      rank: String(i + 1),
      upn: p.upn,
      why: p.reasons.map((r) => r.detail),
      tried: p.tried.length ? [...p.tried] : ['Nothing recorded yet'],
    })),
  };
}
