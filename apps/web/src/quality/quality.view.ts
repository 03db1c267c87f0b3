import type { presentProfile } from './quality.presenter';
import { RATING_TEXT } from './quality.presenter';

/** govukRadios items for a 1-to-4 rating, checked from what was posted (or the default). */
export const ratingItems = (value: unknown) =>
  [1, 2, 3, 4].map((n) => ({
    value: String(n),
    text: `${n}: ${RATING_TEXT[n]}`,
    checked: String(value ?? '') === String(n),
  }));

/** govukTable arguments for one group of a profile: the area, the self-assessment with evidence, and the agreed rating. */
export function groupTable(group: ReturnType<typeof presentProfile>['groups'][number], moderated: boolean) {
  return {
    caption: group.name,
    captionClasses: 'govuk-table__caption--m',
    firstCellIsHeader: true,
    head: [
      { text: 'Area' },
      { text: 'Self-assessed' },
      { text: 'Evidence' },
      ...(moderated ? [{ text: 'Agreed' }, { text: 'Note' }] : []),
    ],
    rows: group.areas.map((a) => [
      { text: a.name },
      { text: a.self },
      { text: a.evidence },
      ...(moderated ? [{ text: a.agreed }, { text: a.note }] : []),
    ]),
  };
}

export function actionsTable(actions: ReturnType<typeof presentProfile>['actions']) {
  return {
    caption: 'Actions agreed',
    captionClasses: 'govuk-table__caption--m',
    head: [{ text: 'Area' }, { text: 'Action' }, { text: 'Owner' }, { text: 'Due' }],
    rows: actions.map((a) => [{ text: a.area }, { text: a.description }, { text: a.owner }, { text: a.due }]),
  };
}
