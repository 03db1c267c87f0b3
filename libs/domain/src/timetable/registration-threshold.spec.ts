import {
  isFullTimeForRegistration,
  registrationThresholdStatus,
  wouldRequireRegistration,
} from './registration-threshold';

const fullTimePupil = { fullTime: true, compulsorySchoolAge: true, lookedAfterOrEhcp: false };
const roll = (fullTimePupils: number, fullTimeLookedAfterOrEhcp = 0) => ({ fullTimePupils, fullTimeLookedAfterOrEhcp });

describe('the unregistered-school threshold', () => {
  it('lets a provider take a fourth full-time pupil', () => {
    expect(wouldRequireRegistration(roll(3), fullTimePupil)).toBe(false);
  });

  it('requires registration for a fifth full-time pupil of compulsory school age', () => {
    expect(wouldRequireRegistration(roll(4), fullTimePupil)).toBe(true);
  });

  it('requires registration for a single full-time pupil who is looked after or has an EHC plan', () => {
    expect(wouldRequireRegistration(roll(0), { ...fullTimePupil, lookedAfterOrEhcp: true })).toBe(true);
  });

  it('requires registration for any full-time pupil once a looked-after or EHC pupil is there', () => {
    expect(wouldRequireRegistration(roll(1, 1), fullTimePupil)).toBe(true);
  });

  it('does not count a part-time pupil towards the line', () => {
    expect(wouldRequireRegistration(roll(4, 1), { ...fullTimePupil, fullTime: false })).toBe(false);
  });

  it('does not count a pupil past compulsory school age', () => {
    expect(wouldRequireRegistration(roll(4), { ...fullTimePupil, compulsorySchoolAge: false })).toBe(false);
  });

  it('treats about 18 hours a week as full-time, as case law does', () => {
    expect([isFullTimeForRegistration(17.5), isFullTimeForRegistration(18)]).toEqual([false, true]);
  });
});

describe("an unregistered provider's place against the registration threshold", () => {
  it('is near the line at four full-time pupils and over it at five, or at one looked after or with an EHC plan', () => {
    expect(registrationThresholdStatus({ fullTimePupils: 3, fullTimeLookedAfterOrEhcp: 0 })).toEqual({
      crossed: false,
      near: false,
    });
    expect(registrationThresholdStatus({ fullTimePupils: 4, fullTimeLookedAfterOrEhcp: 0 })).toEqual({
      crossed: false,
      near: true,
    });
    expect(registrationThresholdStatus({ fullTimePupils: 5, fullTimeLookedAfterOrEhcp: 0 }).crossed).toBe(true);
    expect(registrationThresholdStatus({ fullTimePupils: 1, fullTimeLookedAfterOrEhcp: 1 }).crossed).toBe(true);
  });
});
