/**
 * Hours per week from which a provider's education counts as full-time for the registration threshold:
 * case law treats about 18 hours as full-time (Telford and Shropshire AP directories, REFERENCE.md §1.5).
 * This is NOT the LGO benchmark used to call a placement part-time (see fullTimeHours).
 */
export const FULL_TIME_CASE_LAW_HOURS = 18;

export function isFullTimeForRegistration(hoursPerWeek: number): boolean {
  return hoursPerWeek >= FULL_TIME_CASE_LAW_HOURS;
}

/** Pupils the provider already educates full-time, all of compulsory school age. */
export type ProviderFullTimeRoll = Readonly<{ fullTimePupils: number; fullTimeLookedAfterOrEhcp: number }>;

export type IncomingPupil = Readonly<{ fullTime: boolean; compulsorySchoolAge: boolean; lookedAfterOrEhcp: boolean }>;

const PUPILS_REQUIRING_REGISTRATION = 5;

/**
 * §0 unregistered providers / §1.5 (Education and Skills Act 2008 s92): a provider giving full-time education to
 * 5+ pupils of compulsory school age, or to 1 who is looked after or has an EHC plan, must register as a school.
 * True when, counting the incoming pupil, the provider would be at or over that line. A pupil who is not
 * full-time or not of compulsory school age does not count towards it, so placing them returns false.
 * `current` counts full-time pupils of compulsory school age only (`fullTimeLookedAfterOrEhcp` is a subset).
 */
export function wouldRequireRegistration(current: ProviderFullTimeRoll, incoming: IncomingPupil): boolean {
  if (!incoming.fullTime || !incoming.compulsorySchoolAge) return false;
  const lookedAfterOrEhcp = current.fullTimeLookedAfterOrEhcp + (incoming.lookedAfterOrEhcp ? 1 : 0);
  return current.fullTimePupils + 1 >= PUPILS_REQUIRING_REGISTRATION || lookedAfterOrEhcp >= 1;
}

/**
 * Where an unregistered provider stands against the same line today: `crossed` when it must register, `near` when
 * one more full-time pupil of compulsory school age would take it over (the LA's sufficiency watch list).
 */
export function registrationThresholdStatus(roll: ProviderFullTimeRoll): { crossed: boolean; near: boolean } {
  const crossed = roll.fullTimePupils >= PUPILS_REQUIRING_REGISTRATION || roll.fullTimeLookedAfterOrEhcp >= 1;
  return {
    crossed,
    near:
      !crossed &&
      wouldRequireRegistration(roll, { fullTime: true, compulsorySchoolAge: true, lookedAfterOrEhcp: false }),
  };
}
