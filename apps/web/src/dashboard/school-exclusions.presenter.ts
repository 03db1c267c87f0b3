import type { Schemas } from '../api/api-types';
import { EXCLUSION_TYPES } from '../words/codes';
import { count } from '../words/counts';
import { shortDate } from '../words/dates';

type Exclusion = Schemas['SchoolExclusionDto'];

/**
 * The school's recent exclusions (current, to come, or ended in the last 14 calendar days), the latest first, each
 * linking to the exclusion's page: a short suspension starts no day-6 clock, so this is how the school gets back to it.
 */
export function presentSchoolExclusions(exclusions: readonly Exclusion[], today: string) {
  return exclusions.map((x) => ({
    href: `/exclusions/${encodeURIComponent(x.upn)}/${encodeURIComponent(x.exclusionId)}`,
    pupil: x.pupilName ?? x.upn,
    upn: x.pupilName ? x.upn : undefined,
    type: EXCLUSION_TYPES[x.exclusionType] ?? x.exclusionType,
    firstDay: shortDate(x.startDate) + (x.startsPartWay ? ' (from lunchtime or the afternoon)' : ''),
    length: lengthText(x),
    lastDay: x.lastDay ? shortDate(x.lastDay) : 'No end date',
    status: statusOf(x, today),
  }));
}

/** Sessions are half days: "Half a school day", "2 school days", "2 and a half school days". */
function lengthText(x: Exclusion): string {
  if (x.exclusionType === 'PERM') return 'Permanent';
  if (x.sessions === null) return 'Not recorded';
  const days = Math.floor(x.sessions / 2);
  if (x.sessions % 2 === 0) return count(days, 'school day');
  return days === 0 ? 'Half a school day' : `${days} and a half school days`;
}

function statusOf(x: Exclusion, today: string) {
  if (x.startDate > today) return { text: 'Not started', classes: 'govuk-tag--light-blue' };
  if (x.lastDay !== null && x.lastDay < today) return { text: 'Ended', classes: 'govuk-tag--grey' };
  return { text: 'Current', classes: 'govuk-tag--blue' };
}
