import { RuleViolationError } from '../shared';
import { DeciderSpecification } from '../shared/testing/decider-spec';
import { LA_ACTOR, metadata } from '../shared/testing/fixtures';
import {
  atRiskSettingsDecider,
  DEFAULT_AT_RISK_THRESHOLDS,
  rankPupilsAtRisk,
  type PupilSignals,
  type SetAtRiskThresholds,
} from '.';

const spec = DeciderSpecification.for(atRiskSettingsDecider);
const meta = metadata(LA_ACTOR);
const set = (thresholds: SetAtRiskThresholds['data']['thresholds']): SetAtRiskThresholds => ({
  type: 'SetAtRiskThresholds',
  data: { laCode: '201', thresholds },
  metadata: meta,
});

describe('at-risk thresholds: the LA’s settings', () => {
  it('starts from the defaults and records the LA’s own, merged over them', () => {
    spec
      .given([])
      .when(set({ attendanceBelow: 85 }))
      .then([
        {
          type: 'AtRiskThresholdsSet',
          data: { laCode: '201', thresholds: { ...DEFAULT_AT_RISK_THRESHOLDS, attendanceBelow: 85 }, setAt: meta.now },
        },
      ]);
  });

  it('keeps a threshold that is left out or sent empty', () => {
    expect(
      spec
        .given([])
        .when(set({ suspensionsThisTerm: 3, attendanceBelow: undefined }))
        .events()[0]!.data,
    ).toMatchObject({
      thresholds: { ...DEFAULT_AT_RISK_THRESHOLDS, suspensionsThisTerm: 3 },
    });
  });

  it('refuses a threshold out of range, naming it', () => {
    spec
      .given([])
      .when(set({ declinedReferrals: 0 }))
      .thenThrows(RuleViolationError, (e: RuleViolationError) => expect(e.details['field']).toBe('declinedReferrals'));
  });

  it('changes nothing when set to what it already is', () => {
    const events = spec
      .given([])
      .when(set({ attendanceBelow: 85 }))
      .events();
    spec
      .given(events)
      .when(set({ attendanceBelow: 85 }))
      .thenNothingHappened();
  });
});

describe('pupils at risk: ranking', () => {
  const pupil = (upn: string, over: Partial<PupilSignals>): PupilSignals => ({
    upn,
    suspensions: [],
    partTime: false,
    declinedReferrals: 0,
    tried: [],
    ...over,
  });

  it('lists pupils over a threshold, most at risk first, with why and what has been tried', () => {
    const ranked = rankPupilsAtRisk(
      [
        pupil('A', { attendancePercent: 88 }),
        pupil('B', { suspensions: ['2025-09-20', '2025-10-10', '2025-11-02'], partTime: true, tried: ['Mentor'] }),
        pupil('C', { attendancePercent: 97 }),
      ],
      DEFAULT_AT_RISK_THRESHOLDS,
      '2025-11-03',
    );
    expect(ranked.map((p) => p.upn)).toEqual(['B', 'A']);
    expect(ranked[0]!.reasons.map((r) => r.code)).toEqual(['suspensions_term', 'suspensions_year', 'part_time']);
    expect(ranked[0]!.tried).toEqual(['Mentor']);
  });

  it('does not count last school year’s suspensions towards this year', () => {
    const ranked = rankPupilsAtRisk(
      [pupil('A', { suspensions: ['2025-06-01', '2025-07-01', '2025-09-10'] })],
      DEFAULT_AT_RISK_THRESHOLDS,
      '2025-11-03',
    );
    expect(ranked).toEqual([]);
  });

  it('lists a pupil whose referrals were declined twice', () => {
    expect(
      rankPupilsAtRisk([pupil('A', { declinedReferrals: 2 })], DEFAULT_AT_RISK_THRESHOLDS, '2025-11-03')[0]!.reasons,
    ).toEqual([{ code: 'declined', detail: 'Referral declined 2 times', weight: 4 }]);
  });
});
