import { partsOf } from '../forms/date-input';
import type { ExclusionEntryView } from '../exclusions/exclusion.presenter';

const REASON_OF_TYPE: Readonly<Record<string, string>> = { PERM: 'permanent_exclusion', SUSP: 'suspension' };

/**
 * "Make a referral" from an exclusion just recorded: the reason, UPN and the exclusion's facts already given, so the
 * school does not enter them again. A lunchtime suspension is no reason for a referral on its own: only the UPN.
 */
export function newReferralValues(upn: string | undefined, exclusion?: ExclusionEntryView): Record<string, unknown> {
  const reason = exclusion && !exclusion.cancelled ? REASON_OF_TYPE[exclusion.exclusionType] : undefined;
  if (!exclusion || !reason) return upn ? { upn } : {};
  const first = partsOf(exclusion.startDate);
  return {
    upn: exclusion.upn,
    reason,
    exclusionId: exclusion.exclusionId,
    'firstDay-day': first.day,
    'firstDay-month': first.month,
    'firstDay-year': first.year,
    // Sessions are half days; a suspension that starts part-way through a day still counts that day.
    ...(reason === 'suspension' && exclusion.sessions
      ? { lengthSchoolDays: String(Math.ceil(exclusion.sessions / 2)) }
      : {}),
    exclusionReasons: [...exclusion.reasons],
  };
}

/** A section's saved answers; the pupil details start from the UPN given when the referral was opened. */
export function sectionContent(
  referral: Readonly<{ upn?: string | null; sections: Readonly<Record<string, unknown>> }>,
  name: string,
): Record<string, unknown> | undefined {
  const saved = referral.sections[name] as Record<string, unknown> | undefined;
  if (saved || name !== 'identity' || !referral.upn) return saved;
  return { upn: referral.upn };
}
