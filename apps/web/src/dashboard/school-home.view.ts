import { escapeHtml, linkHtml, tagHtml } from '../views/html';
import type { presentSchoolDay6 } from './school-day6.presenter';
import type { presentSchoolExclusions } from './school-exclusions.presenter';
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

type Day6Row = ReturnType<typeof presentSchoolDay6>[number];

/** The pupil linking to the exclusion, the UPN under a name, and any note. */
const pupilHtml = (r: Readonly<{ href: string; pupil: string; upn?: string; note?: string }>): string =>
  linkHtml(r.href, r.pupil) +
  (r.upn ? `<br><span class="govuk-hint govuk-!-margin-bottom-0">UPN ${escapeHtml(r.upn)}</span>` : '') +
  (r.note ? `<br><span class="govuk-body-s">${escapeHtml(r.note)}</span>` : '');

/** A govukTable of the school's pupils with open day-6 clocks, each pupil linking to the exclusion. */
export function day6Table(rows: readonly Day6Row[]) {
  return {
    caption: 'Pupils waiting for provision after an exclusion',
    captionClasses: 'govuk-table__caption--m',
    attributes: { id: 'day6-clocks' },
    head: [
      { text: 'Pupil' },
      { text: 'First day' },
      { text: 'Day 6' },
      { text: 'School days left' },
      { text: 'Responsible' },
      { text: 'Status' },
    ],
    rows: rows.map((r) => [
      { html: pupilHtml(r) },
      { text: r.firstDay },
      { text: r.day6 },
      { text: r.daysLeft },
      { text: r.responsible },
      { html: tagHtml(r.status) },
    ]),
  };
}

type ExclusionRow = ReturnType<typeof presentSchoolExclusions>[number];

/** A govukTable of the school's recent exclusions, each pupil linking to the exclusion. */
export function recentExclusionsTable(rows: readonly ExclusionRow[]) {
  return {
    caption: 'Recent exclusions',
    captionClasses: 'govuk-table__caption--m',
    attributes: { id: 'recent-exclusions' },
    head: [
      { text: 'Pupil' },
      { text: 'Type' },
      { text: 'First day' },
      { text: 'Length' },
      { text: 'Last day' },
      { text: 'Status' },
    ],
    rows: rows.map((r) => [
      { html: pupilHtml(r) },
      { text: r.type },
      { text: r.firstDay },
      { text: r.length },
      { text: r.lastDay },
      { html: tagHtml(r.status) },
    ]),
  };
}
