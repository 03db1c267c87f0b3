import { linkHtml, tagHtml } from '../views/html';
import type { presentSchoolHome } from './school-home.presenter';

type Group = ReturnType<typeof presentSchoolHome>['groups'][number];

/** A govukTable for one status group of the school's referrals. */
export function referralGroupTable(group: Group) {
  return {
    caption: group.heading,
    captionClasses: 'govuk-table__caption--m',
    head: [
      { text: 'Pupil' },
      { text: 'Year' },
      { text: 'Reason' },
      { text: 'Provider' },
      { text: 'Last changed' },
      { text: 'Status' },
    ],
    rows: group.rows.map((r) => [
      { html: linkHtml(r.href, r.pupil) },
      { text: r.year },
      { text: r.reason },
      { text: r.provider },
      { text: r.updated },
      { html: tagHtml(r.status) },
    ]),
  };
}
