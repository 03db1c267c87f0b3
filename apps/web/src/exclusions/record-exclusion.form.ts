import type { Schemas } from '../api/api-types';
import { checked, FormErrors, text, type FormResult, type PostedBody } from '../forms/form-result';
import { EXCLUSION_TYPES } from '../words/codes';
import { parseExclusionDetails } from './exclusion-details.form';

export type RecordExclusion = Readonly<{ upn: string; body: Schemas['RecordExclusionDto'] }>;

const UPN = /^[A-Z][0-9]{11}[0-9A-Z]$/;
const YEARS = ['R', ...Array.from({ length: 14 }, (_, i) => String(i + 1))];

/** The yes/no questions, in page order, with the error each gives when unanswered. */
export const YES_NO_QUESTIONS = {
  lookedAfter: 'Select yes if the pupil is looked after',
  ehcPlan: 'Select yes if the pupil has an education, health and care (EHC) plan',
  startsPartWay: 'Select yes if the exclusion started part-way through the school day',
} as const;
type YesNo = keyof typeof YES_NO_QUESTIONS;

/**
 * "Record an exclusion": the pupil, the notice's facts, and whether it started part-way through the day. Every field
 * is checked on one submit, and the errors are listed in the order the fields appear on the page.
 */
export function parseRecordExclusion(body: PostedBody): FormResult<RecordExclusion> {
  const errors = new FormErrors();
  const pupil = parsePupil(body, errors);
  const type = checked(body, 'exclusionType')[0] ?? '';
  if (!EXCLUSION_TYPES[type]) errors.add('exclusionType', 'Select the type of exclusion');
  const details = parseExclusionDetails(
    body,
    errors,
    EXCLUSION_TYPES[type] ? (type as 'PERM' | 'SUSP' | 'LNCH') : undefined,
  );
  const startsPartWay = yesNo(body, 'startsPartWay', errors);
  return errors.result(() => ({
    upn: pupil.upn,
    body: {
      homeLaCode: pupil.homeLaCode,
      exclusionType: details!.exclusionType,
      startDate: details!.firstDay,
      startsPartWay: startsPartWay!,
      ...(details!.lengthSchoolDays ? { lengthSchoolDays: details!.lengthSchoolDays } : {}),
      reasons: details!.reasons as Schemas['RecordExclusionDto']['reasons'],
      yearGroup: (pupil.yearGroup === 'R'
        ? 'R'
        : Number(pupil.yearGroup)) as Schemas['RecordExclusionDto']['yearGroup'],
      // REFERENCE §0: a looked-after pupil is owed provision from day 1; an EHC plan allows the reg 5 exception.
      lookedAfter: pupil.lookedAfter!,
      ehcPlan: pupil.ehcPlan!,
    },
  }));
}

/** The pupil's questions, as the page asks them: UPN, year group, home LA, looked after, EHC plan. */
function parsePupil(body: PostedBody, errors: FormErrors) {
  const upn = text(body, 'upn').toUpperCase().replace(/\s/g, '');
  if (!upn) errors.add('upn', "Enter the pupil's UPN");
  else if (!UPN.test(upn))
    errors.add('upn', 'UPN must be 13 characters, starting with a letter, for example B801200005001');
  const yearGroup = text(body, 'yearGroup');
  if (!YEARS.includes(yearGroup)) errors.add('yearGroup', "Select the pupil's year group");
  const homeLaCode = text(body, 'homeLaCode');
  if (!/^\d{3}$/.test(homeLaCode))
    errors.add(
      'homeLaCode',
      homeLaCode ? 'Home local authority code must be 3 digits' : "Enter the pupil's home local authority code",
    );
  return {
    upn,
    yearGroup,
    homeLaCode,
    lookedAfter: yesNo(body, 'lookedAfter', errors),
    ehcPlan: yesNo(body, 'ehcPlan', errors),
  };
}

function yesNo(body: PostedBody, name: YesNo, errors: FormErrors): boolean | undefined {
  const answer = checked(body, name)[0];
  if (answer === 'yes' || answer === 'no') return answer === 'yes';
  errors.add(name, YES_NO_QUESTIONS[name]);
  return undefined;
}

/** Radio items for a yes/no question, with what was chosen before kept. */
export const yesNoItems = (chosen: string | undefined) =>
  ['yes', 'no'].map((value) => ({ value, text: value === 'yes' ? 'Yes' : 'No', checked: value === chosen }));

export const exclusionTypeItems = (chosen: string | undefined) =>
  Object.entries(EXCLUSION_TYPES).map(([value, label]) => ({ value, text: label, checked: value === chosen }));

export const yearGroupItems = (chosen: string | undefined) => [
  { value: '', text: 'Select a year group' },
  ...YEARS.map((y) => ({ value: y, text: y === 'R' ? 'Reception' : `Year ${y}`, selected: y === chosen })),
];
