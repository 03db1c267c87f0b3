import {
  fullTimeHours,
  isCompulsorySchoolAge,
  isFullTime,
  isFullTimeForRegistration,
  wouldRequireRegistration,
  type ProviderFullTimeRoll,
  type YearGroup,
} from '../timetable';
import { RuleViolationError } from '../shared';
import { PART_TIME_REASONS, type Timetable } from './placement.events';

/** School years (September to August) are counted by the year in which they start. */
const schoolYearOf = (date: string): number => Number(date.slice(0, 4)) - (date.slice(5, 7) < '09' ? 1 : 0);

/**
 * The pupil's year group on a date, from the year group recorded at the placement's start: it advances with each
 * new school year, so the §0 full-time benchmark follows the pupil (Y10's 24 hours become Y11's 25).
 */
export function yearGroupOn(recorded: YearGroup | number, recordedOn: string, date: string): YearGroup {
  const years = schoolYearOf(date) - schoolYearOf(recordedOn);
  if (years <= 0) return recorded as YearGroup;
  const from = recorded === 'R' ? 0 : recorded;
  return Math.min(13, from + years) as YearGroup;
}

const yearGroupWords = (yearGroup: YearGroup): string => (yearGroup === 'R' ? 'Reception' : `Year ${yearGroup}`);

/**
 * §0 full-time benchmark and §1.6 part-time timetables: below the benchmark a placement needs a reason, parental
 * agreement, a review date and an end date, and is never used to manage behaviour.
 */
export function assertTimetable(yearGroup: YearGroup, timetable: Timetable, from: string): boolean {
  const { hoursPerWeek, partTime } = timetable;
  if (!(hoursPerWeek > 0 && hoursPerWeek <= 40)) {
    throw new RuleViolationError('HOURS_INVALID', 'Hours per week must be more than 0 and at most 40', {
      field: 'timetable.hoursPerWeek',
    });
  }
  const fullTime = isFullTime(yearGroup, hoursPerWeek);
  if (fullTime) return true;
  const fail = (code: string, message: string, field: string): never => {
    throw new RuleViolationError(code, message, { field: `timetable.partTime.${field}` });
  };
  if (!partTime)
    return fail(
      'PART_TIME_TERMS_REQUIRED',
      `${hoursPerWeek} hours a week is part time for ${yearGroupWords(yearGroup)} (full time is ${fullTimeHours(yearGroup)} hours): give a reason, parental agreement, a review date and an end date`,
      'reason',
    );
  if (partTime.reason === 'manage_behaviour')
    return fail(
      'PART_TIME_TO_MANAGE_BEHAVIOUR',
      'A part-time timetable must never be used to manage behaviour',
      'reason',
    );
  if (!(partTime.reason in PART_TIME_REASONS))
    return fail('PART_TIME_REASON_INVALID', 'Unknown part-time reason', 'reason');
  if (!partTime.detail.trim())
    return fail('PART_TIME_REASON_REQUIRED', 'Explain the reason for the part-time timetable', 'detail');
  if (!partTime.parentalAgreement)
    return fail(
      'PARENTAL_AGREEMENT_REQUIRED',
      'A part-time timetable needs the parent’s agreement',
      'parentalAgreement',
    );
  if (partTime.endDate <= from)
    return fail('PART_TIME_END_DATE_INVALID', 'The end date must be after the start', 'endDate');
  if (partTime.reviewDate <= from || partTime.reviewDate > partTime.endDate) {
    return fail(
      'PART_TIME_REVIEW_DATE_INVALID',
      'The review date must fall after the start and no later than the end date',
      'reviewDate',
    );
  }
  return false;
}

/** §0 unregistered providers (Education and Skills Act 2008 s92). */
export function assertRegistrationThreshold(
  provider: Readonly<{ registered: boolean; fullTimeRoll: ProviderFullTimeRoll }>,
  pupil: Readonly<{ yearGroup: YearGroup; hoursPerWeek: number; lookedAfterOrEhcp: boolean }>,
): void {
  const incoming = {
    fullTime: isFullTimeForRegistration(pupil.hoursPerWeek),
    compulsorySchoolAge: isCompulsorySchoolAge(pupil.yearGroup),
    lookedAfterOrEhcp: pupil.lookedAfterOrEhcp,
  };
  if (!provider.registered && wouldRequireRegistration(provider.fullTimeRoll, incoming)) {
    throw new RuleViolationError(
      'PROVIDER_MUST_REGISTER',
      'This placement would take an unregistered provider to full-time education for 5 or more pupils, or 1 looked-after or with an EHC plan: it must register as a school first',
      { field: 'providerId' },
    );
  }
}
