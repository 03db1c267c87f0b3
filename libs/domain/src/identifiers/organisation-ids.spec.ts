import { isValidLaCode, isValidLaestab, isValidUkprn, isValidUrn } from './organisation-ids';

describe('establishment and LA identifiers', () => {
  it('takes a URN as 6 digits', () =>
    expect([isValidUrn('100001'), isValidUrn('10001'), isValidUrn('10000a')]).toEqual([true, false, false]));
  it('takes an LA code as 3 digits', () =>
    expect([isValidLaCode('865'), isValidLaCode('0865')]).toEqual([true, false]));
  it('takes a UKPRN as 8 digits', () =>
    expect([isValidUkprn('10012345'), isValidUkprn('1001234')]).toEqual([true, false]));
  it('takes a LAESTAB as 7 digits', () =>
    expect([isValidLaestab('8654001'), isValidLaestab('865-4001')]).toEqual([true, false]));
});
