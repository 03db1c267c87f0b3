import type { Schemas } from '../api/api-types';
import { checked, FormErrors, text, type FormResult, type PostedBody } from '../forms/form-result';
import { EXCLUSION_TYPES } from '../words/codes';
import { parseExclusionDetails } from './exclusion-details.form';

export type RecordExclusion = Readonly<{ upn: string; body: Schemas['RecordExclusionDto'] }>;

const UPN = /^[A-Z][0-9]{11}[0-9A-Z]$/;
const YEARS = ['R', ...Array.from({ length: 14 }, (_, i) => String(i + 1))];

/** "Record an exclusion": the pupil, the notice's facts, and whether it started part-way through the day. */
export function parseRecordExclusion(body: PostedBody): FormResult<RecordExclusion> {
  const errors = new FormErrors();
  const upn = text(body, 'upn').toUpperCase().replace(/\s/g, '');
  if (!upn) errors.add('upn', "Enter the pupil's UPN");
  else if (!UPN.test(upn))
    errors.add('upn', 'UPN must be 13 characters, starting with a letter, for example B801200005001');
  const homeLaCode = text(body, 'homeLaCode');
  if (!/^\d{3}$/.test(homeLaCode))
    errors.add(
      'homeLaCode',
      homeLaCode ? 'Home local authority code must be 3 digits' : "Enter the pupil's home local authority code",
    );
  const yearGroup = text(body, 'yearGroup');
  if (!YEARS.includes(yearGroup)) errors.add('yearGroup', "Select the pupil's year group");
  const type = checked(body, 'exclusionType')[0] ?? '';
  if (!EXCLUSION_TYPES[type]) errors.add('exclusionType', 'Select the type of exclusion');
  const partWay = checked(body, 'startsPartWay')[0];
  if (partWay !== 'yes' && partWay !== 'no')
    errors.add('startsPartWay', 'Select yes if the exclusion started part-way through the school day');
  const details = EXCLUSION_TYPES[type]
    ? parseExclusionDetails(body, errors, type as 'PERM' | 'SUSP' | 'LNCH')
    : undefined;
  return errors.result(() => ({
    upn,
    body: {
      homeLaCode,
      exclusionType: details!.exclusionType,
      startDate: details!.firstDay,
      startsPartWay: partWay === 'yes',
      ...(details!.lengthSchoolDays ? { lengthSchoolDays: details!.lengthSchoolDays } : {}),
      reasons: details!.reasons as Schemas['RecordExclusionDto']['reasons'],
      yearGroup: (yearGroup === 'R' ? 'R' : Number(yearGroup)) as Schemas['RecordExclusionDto']['yearGroup'],
    },
  }));
}

export const exclusionTypeItems = (chosen: string | undefined) =>
  Object.entries(EXCLUSION_TYPES).map(([value, label]) => ({ value, text: label, checked: value === chosen }));

export const yearGroupItems = (chosen: string | undefined) => [
  { value: '', text: 'Select a year group' },
  ...YEARS.map((y) => ({ value: y, text: y === 'R' ? 'Reception' : `Year ${y}`, selected: y === chosen })),
];
