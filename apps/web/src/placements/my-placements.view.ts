import { escapeHtml, linkHtml, tagHtml } from '../views/html';
import type { presentMyPlacements } from './my-placements.presenter';

type Placements = ReturnType<typeof presentMyPlacements>;

/** govukTable arguments for the provider's placements (sortable with JavaScript by the MoJ sortable table). */
export function myPlacementsTable(list: Placements) {
  return {
    caption: list.heading,
    captionClasses: 'govuk-table__caption--m',
    attributes: { 'data-module': 'moj-sortable-table' },
    head: [
      { text: 'Pupil', attributes: { 'aria-sort': 'none' } },
      { text: 'Year', attributes: { 'aria-sort': 'none' } },
      { text: 'School', attributes: { 'aria-sort': 'none' } },
      { text: 'Status' },
      { text: 'Start date', attributes: { 'aria-sort': 'none' } },
      { text: 'Hours a week' },
      { text: 'Next review due', attributes: { 'aria-sort': 'none' } },
    ],
    rows: list.rows.map((r) => [
      { html: linkHtml(r.href, r.pupil) },
      { text: r.year },
      { text: r.school },
      { html: tagHtml(r.status) },
      { text: r.start, attributes: { 'data-sort-value': r.startSort } },
      { text: r.hours },
      {
        html: r.overdue
          ? `${escapeHtml(r.nextReview)} ${tagHtml({ text: 'Overdue', classes: 'govuk-tag--red' })}`
          : escapeHtml(r.nextReview),
        attributes: { 'data-sort-value': r.nextReviewSort },
      },
    ]),
  };
}
