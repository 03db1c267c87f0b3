import { parseOpenReferral } from './open-referral.form';

describe('the make a referral form', () => {
  it('asks why the pupil is referred', () => {
    const result = parseOpenReferral({});
    expect(result.ok ? [] : result.errors.map((e) => e.message)).toEqual(['Select why you are referring the pupil']);
  });

  it('asks for the exclusion when the referral is for one', () => {
    const result = parseOpenReferral({ reason: 'permanent_exclusion' });
    expect(result.ok ? [] : result.errors.map((e) => e.message)).toEqual([
      'Enter the first day of the exclusion',
      'Select the reason for the exclusion',
    ]);
  });

  it('sends an illness referral with its UPN', () => {
    expect(parseOpenReferral({ reason: 'illness', upn: 'b801200005001' })).toEqual({
      ok: true,
      value: { reason: 'illness', upn: 'B801200005001' },
    });
  });

  it('keeps the exclusion the referral was started from', () => {
    const result = parseOpenReferral({
      reason: 'permanent_exclusion',
      exclusionId: 'ex-1',
      'firstDay-day': '3',
      'firstDay-month': '11',
      'firstDay-year': '2025',
      exclusionReasons: ['PA'],
    });
    expect(result.ok && result.value.exclusion).toEqual({
      exclusionType: 'PERM',
      firstDay: '2025-11-03',
      reasons: ['PA'],
      exclusionId: 'ex-1',
    });
  });
});
