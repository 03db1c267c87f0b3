import { isCodeOf } from './code-guard';

/** Enrolment status (REFERENCE.md §2.4, CBDS). */
export const ENROLMENT_STATUSES = {
  C: 'Current (single registration)',
  M: 'Current main (dual registration)',
  S: 'Current subsidiary (dual registration)',
  G: 'Guest',
  P: 'Previous',
  F: 'FE college',
  O: 'Other provider',
} as const;
export type EnrolmentStatus = keyof typeof ENROLMENT_STATUSES;
export const isEnrolmentStatus = isCodeOf(ENROLMENT_STATUSES);
