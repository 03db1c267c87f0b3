import type { Schemas } from '../api/api-types';
import { daysBetween, shortDate } from '../words/dates';
import { placementStatusTag, yearGroupText } from '../words/codes';

/** One row of GET /providers/me/placements. */
export type ProviderPlacement = Schemas['ProviderPlacementDto'];

/**
 * The provider's current pupils: each placement with the pupil by name, its status, when it started (or starts)
 * and when the next review is due, a review past its date tagged overdue. Those with a review due soonest first.
 */
export function presentMyPlacements(items: readonly ProviderPlacement[], today: string) {
  const rows = items
    .map((p) => {
      const overdue = p.nextReviewDate !== null && daysBetween(today, p.nextReviewDate) < 0;
      return {
        href: `/placements/${p.placementId}`,
        pupil: p.pupilName ?? 'Name not given',
        year: yearGroupText(p.yearGroup),
        school: p.schoolName ?? 'Not known',
        status: placementStatusTag(p.status),
        start: shortDate(p.startedOn ?? p.startDate),
        startSort: p.startedOn ?? p.startDate,
        hours: `${p.hoursPerWeek}${p.fullTime ? '' : ' (part time)'}`,
        nextReview: p.nextReviewDate
          ? shortDate(p.nextReviewDate)
          : p.status === 'planned'
            ? 'After it starts'
            : 'Not set',
        nextReviewSort: p.nextReviewDate ?? '9999',
        overdue,
      };
    })
    .sort((a, b) => Number(b.overdue) - Number(a.overdue) || a.nextReviewSort.localeCompare(b.nextReviewSort));
  return {
    rows,
    heading: rows.length === 1 ? '1 current placement' : `${rows.length} current placements`,
    overdueCount: rows.filter((r) => r.overdue).length,
  };
}
