import { newReferralValues, sectionContent } from './referral-prefill';

const suspension = {
  exclusionId: 'ex-1',
  upn: 'B801200005001',
  exclusionType: 'SUSP',
  startDate: '2025-11-03',
  startsPartWay: true,
  sessions: 7,
  reasons: ['PA', 'DB'],
  yearGroup: 9,
  cancelled: false,
};

describe('starting a referral from what the school already gave', () => {
  it('fills in the reason, UPN and the exclusion it was started from', () => {
    expect(newReferralValues('B801200005001', suspension)).toEqual({
      upn: 'B801200005001',
      reason: 'suspension',
      exclusionId: 'ex-1',
      'firstDay-day': '3',
      'firstDay-month': '11',
      'firstDay-year': '2025',
      lengthSchoolDays: '4',
      exclusionReasons: ['PA', 'DB'],
    });
  });

  it('fills in only the UPN for an exclusion that no longer stands or is no reason to refer', () => {
    expect(newReferralValues('B801200005001', { ...suspension, cancelled: true })).toEqual({ upn: 'B801200005001' });
    expect(newReferralValues('B801200005001', { ...suspension, exclusionType: 'LNCH' })).toEqual({
      upn: 'B801200005001',
    });
    expect(newReferralValues(undefined)).toEqual({});
  });

  it('starts the pupil details from the UPN the referral was opened with', () => {
    expect(sectionContent({ upn: 'B801200005001', sections: {} }, 'identity')).toEqual({ upn: 'B801200005001' });
    const saved = { fullName: 'Ava Smith', noUpnReason: 'Not known' };
    expect(sectionContent({ upn: null, sections: { identity: saved } }, 'identity')).toBe(saved);
    expect(sectionContent({ upn: 'B801200005001', sections: {} }, 'medical')).toBeUndefined();
  });
});
