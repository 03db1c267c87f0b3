import { escapeHtml, linkHtml } from '../views/html';
import type { presentWorklist } from './cafe.presenter';

/** govukTable arguments for the worklist; only an officer (who may record one) is offered "Record a review". */
export function worklistTable(rows: ReturnType<typeof presentWorklist>, canRecord: boolean) {
  return {
    caption:
      rows.length === 1 ? '1 pupil not in full-time education' : `${rows.length} pupils not in full-time education`,
    captionClasses: 'govuk-table__caption--m',
    head: [
      { text: 'Pupil (UPN)' },
      { text: 'Why' },
      { text: 'Facts' },
      { text: 'Last reviewed' },
      { text: 'Open actions' },
      ...(canRecord ? [{ text: '' }] : []),
    ],
    rows: rows.map((r) => [
      { html: linkHtml(r.reviewsHref, r.upn) },
      { text: r.reasons.join(', ') },
      { html: r.facts.map(escapeHtml).join('<br>') },
      { text: r.lastReviewed },
      { text: String(r.openActions), format: 'numeric' },
      ...(canRecord ? [{ html: linkHtml(r.reviewHref, 'Record a review', `for ${r.upn}`) }] : []),
    ]),
  };
}
