import type { Schemas } from '../api/api-types';
import { shortDate } from '../words/dates';
import { responsibleName } from '../words/organisations';

type Clock = Schemas['SchoolDay6ClockDto'];

/**
 * The school's pupils with open day-6 clocks, the earliest day 6 first, each linking to the exclusion (where parent
 * notices are recorded and the exclusion cancelled). A breach stays listed for its term: the pupil may still be
 * waiting for provision.
 */
export function presentSchoolDay6(clocks: readonly Clock[], schoolName: string, today: string) {
  return clocks.map((c) => ({
    href: `/exclusions/${encodeURIComponent(c.upn)}/${encodeURIComponent(c.dutyId)}`,
    pupil: c.pupilName ?? c.upn,
    upn: c.pupilName ? c.upn : undefined,
    firstDay: shortDate(c.day1),
    day6: shortDate(c.day6),
    daysLeft: daysLeftText(c, today),
    responsible: responsibleName(c.responsible, schoolName),
    // REFERENCE §0: a looked-after pupil is owed provision from day 1, so their clock is already urgent.
    note: c.lookedAfter ? 'Looked after: provision expected from day 1' : undefined,
    status: statusOf(c),
  }));
}

/** The API counts 0 from day 6 on: an open clock whose day 6 is behind today (its breach not yet recorded) is past. */
function daysLeftText(c: Clock, today: string): string {
  if (c.status === 'breached' || c.day6 < today) return 'Day 6 has passed';
  return c.schoolDaysLeft > 0 ? String(c.schoolDaysLeft) : 'Day 6 today';
}

/** Red when provision is due now: day 6 passed or tomorrow, or a looked-after pupil (owed it from day 1). */
function statusOf(c: Clock) {
  if (c.status === 'breached') return { text: 'No provision by day 6', classes: 'govuk-tag--red' };
  const urgent = c.lookedAfter || c.schoolDaysLeft <= 1;
  return { text: 'Provision needed', classes: urgent ? 'govuk-tag--red' : 'govuk-tag--blue' };
}
