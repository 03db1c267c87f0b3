import type { Schemas } from '../api/api-types';
import { daysLeftTag } from '../la/la-dashboard.presenter';
import { shortDate } from '../words/dates';

type Clock = Schemas['SchoolDay6ClockDto'];

/**
 * The school's pupils with open day-6 clocks, the earliest day 6 first, each linking to the exclusion (where parent
 * notices are recorded and the exclusion cancelled). A breach stays listed for its term: the pupil may still be
 * waiting for provision.
 */
export function presentSchoolDay6(clocks: readonly Clock[], schoolName: string) {
  return clocks.map((c) => ({
    href: `/exclusions/${encodeURIComponent(c.upn)}/${encodeURIComponent(c.dutyId)}`,
    pupil: c.pupilName ?? c.upn,
    upn: c.pupilName ? c.upn : undefined,
    firstDay: shortDate(c.day1),
    day6: shortDate(c.day6),
    daysLeft: c.status === 'breached' ? 'Day 6 has passed' : daysLeftTag(c.schoolDaysLeft).text,
    responsible: c.responsible.kind === 'school' ? schoolName : `Local authority ${c.responsible.organisationId}`,
    // REFERENCE §0: a looked-after pupil is owed provision from day 1, so their clock is already urgent.
    note: c.lookedAfter ? 'Looked after: provision expected from day 1' : undefined,
    status:
      c.status === 'breached'
        ? { text: 'No provision by day 6', classes: 'govuk-tag--red' }
        : { text: 'Provision needed', classes: c.schoolDaysLeft <= 1 ? 'govuk-tag--red' : 'govuk-tag--blue' },
  }));
}
