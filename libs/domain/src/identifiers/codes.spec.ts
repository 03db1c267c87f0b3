import {
  AP_ATTENDANCE_CODES,
  AP_SETTING_TYPES,
  EXCLUSION_REASON_CODES,
  isApAttendanceCode,
  isApSettingType,
  isEet,
  isEnrolmentStatus,
  isExclusionReasonCode,
  isExclusionType,
  isPost16Destination,
  isSenNeedType,
  isSenProvision,
  POST16_DESTINATIONS,
} from '.';
import type { Post16Destination } from '.';

describe('DfE code lists', () => {
  it('holds the 16 reasons of 2020 and the 13 granular CBDS reasons', () => {
    expect(Object.keys(EXCLUSION_REASON_CODES)).toHaveLength(29);
  });

  it('recognises exclusion reasons and types, and nothing else', () => {
    expect([isExclusionReasonCode('DB'), isExclusionReasonCode('VR'), isExclusionReasonCode('OT')]).toEqual([
      true,
      true,
      false,
    ]);
    expect([isExclusionType('LNCH'), isExclusionType('FIXED')]).toEqual([true, false]);
  });

  it('does not mistake inherited object properties for codes', () => {
    expect([isExclusionReasonCode('toString'), isSenProvision('constructor')]).toEqual([false, false]);
  });

  it('recognises SEN provision, need types and enrolment statuses', () => {
    expect([isSenProvision('E'), isSenNeedType('SEMH'), isEnrolmentStatus('S'), isSenProvision('X')]).toEqual([
      true,
      true,
      true,
      false,
    ]);
  });

  it('lists the AP attendance codes K, B, D, E and C2', () => {
    expect(Object.keys(AP_ATTENDANCE_CODES)).toEqual(['K', 'B', 'D', 'E', 'C2']);
    expect(isApAttendanceCode(2)).toBe(false);
  });

  it('lists the AP census setting types', () => {
    expect(Object.keys(AP_SETTING_TYPES)).toEqual(['NFE', 'OOT', 'OTH', 'WBP']);
    expect(isApSettingType('OTH')).toBe(true);
  });
});

describe('post-16 destinations', () => {
  it('counts education, apprenticeships and any employment as EET', () => {
    const eet = (Object.keys(POST16_DESTINATIONS) as Post16Destination[]).filter(isEet);
    expect(eet).toEqual(['education', 'apprenticeship', 'employment_with_training', 'employment_without_training']);
  });

  it('recognises a destination key', () => {
    expect([isPost16Destination('neet_available'), isPost16Destination('NEET')]).toEqual([true, false]);
  });
});
