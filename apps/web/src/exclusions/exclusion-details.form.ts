import { parseDate } from '../forms/date-input';
import { checked, text, type FormErrors, type PostedBody } from '../forms/form-result';
import { EXCLUSION_REASONS } from '../words/codes';

export type ExclusionDetails = Readonly<{
  exclusionType: 'PERM' | 'SUSP' | 'LNCH';
  firstDay: string;
  lengthSchoolDays?: number;
  reasons: string[];
}>;

/**
 * The exclusion's facts as a notice gives them: the type, the first day, how many school days (a suspension has a
 * length; a permanent exclusion has none) and one to three DfE reason codes. With no type chosen yet, every field is
 * still checked (so one submit shows every error), a length only when one was entered.
 */
export function parseExclusionDetails(
  body: PostedBody,
  errors: FormErrors,
  exclusionType: ExclusionDetails['exclusionType'] | undefined,
): ExclusionDetails | undefined {
  const firstDay = parseDate(body, 'firstDay', errors, {
    missing: 'Enter the first day of the exclusion',
    label: 'the first day of the exclusion',
  });
  let lengthSchoolDays: number | undefined;
  if (exclusionType !== 'PERM') {
    const raw = text(body, 'lengthSchoolDays');
    lengthSchoolDays = Number(raw);
    if (raw === '' && exclusionType) errors.add('lengthSchoolDays', 'Enter how many school days the suspension lasts');
    else if (raw !== '' && (!/^\d+$/.test(raw) || lengthSchoolDays < 1 || lengthSchoolDays > 45))
      errors.add('lengthSchoolDays', 'The suspension must be a whole number of school days between 1 and 45');
  }
  const reasons = checked(body, 'exclusionReasons').filter((r) => EXCLUSION_REASONS[r]);
  if (reasons.length === 0) errors.add('exclusionReasons', 'Select the reason for the exclusion');
  else if (reasons.length > 3) errors.add('exclusionReasons', 'Select no more than 3 reasons');
  if (!exclusionType || !firstDay || reasons.length === 0 || reasons.length > 3) return undefined;
  return { exclusionType, firstDay, ...(lengthSchoolDays ? { lengthSchoolDays } : {}), reasons };
}

export const exclusionReasonItems = (chosen: readonly string[]) =>
  Object.entries(EXCLUSION_REASONS).map(([value, label]) => ({ value, text: label, checked: chosen.includes(value) }));
