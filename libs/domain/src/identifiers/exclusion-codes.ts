import { isCodeOf } from './code-guard';

/** Suspension / permanent-exclusion reasons (REFERENCE.md §2.3): up to 3 per exclusion. */
export const EXCLUSION_REASON_CODES = {
  // The set in force from 1 Sept 2020 ("OT Other" removed).
  PP: 'Physical assault against a pupil',
  PA: 'Physical assault against an adult',
  VP: 'Verbal abuse or threatening behaviour against a pupil',
  VA: 'Verbal abuse or threatening behaviour against an adult',
  OW: 'Use or threat of use of an offensive weapon or prohibited item',
  BU: 'Bullying',
  RA: 'Racist abuse',
  LG: 'Abuse against sexual orientation and gender identity',
  DS: 'Abuse relating to disability',
  SM: 'Sexual misconduct',
  DA: 'Drug and alcohol related',
  DM: 'Damage to property',
  TH: 'Theft',
  DB: 'Persistent or general disruptive behaviour',
  MT: 'Inappropriate use of social media or online technology',
  PH: 'Wilful and repeated transgression of protective measures in place to protect public health',
  // Newer granular CBDS codes ("May 2026" seed), splitting some of the above; effective date unverified (§2.3).
  BW: 'Brought a weapon or prohibited item into school',
  TB: 'Cyber-bullying or threatening behaviour online',
  SB: 'Harmful sexual behaviour',
  MB: 'Misogynistic behaviour',
  AB: 'Misandry behaviour',
  DR: 'Drug related',
  AR: 'Alcohol related',
  SR: 'Smoking related',
  VR: 'Vape related',
  LD: 'Persistent disruptive behaviour – low-level disruption',
  CB: 'Persistent disruptive behaviour – challenging behaviour',
  MP: 'Use of mobile phone',
  OS: 'Misbehaviour outside school',
} as const;
export type ExclusionReasonCode = keyof typeof EXCLUSION_REASON_CODES;
export const isExclusionReasonCode = isCodeOf(EXCLUSION_REASON_CODES);

/** At most three reasons may be recorded per exclusion (§2.3). */
export const MAX_EXCLUSION_REASONS = 3;

/** Exclusion types (§2.3): SUSP was "fixed period" before 2021/22; LNCH is a lunchtime suspension. */
export const EXCLUSION_TYPES = {
  PERM: 'Permanent exclusion',
  SUSP: 'Suspension',
  LNCH: 'Lunchtime suspension',
} as const;
export type ExclusionType = keyof typeof EXCLUSION_TYPES;
export const isExclusionType = isCodeOf(EXCLUSION_TYPES);
