import { linkHtml, tagHtml } from '../views/html';
import type { presentInbox } from './inbox.presenter';

type Inbox = ReturnType<typeof presentInbox>;

/** govukTable arguments for the inbox (sortable with JavaScript by the MoJ sortable table). */
export function inboxTable(inbox: Inbox) {
  return {
    caption: inbox.caption,
    captionClasses: 'govuk-visually-hidden',
    attributes: { 'data-module': 'moj-sortable-table' },
    head: [
      { text: 'Pupil', attributes: { 'aria-sort': 'none' } },
      { text: 'Year', attributes: { 'aria-sort': 'none' } },
      { text: 'Referred by', attributes: { 'aria-sort': 'none' } },
      { text: 'Reason', attributes: { 'aria-sort': 'none' } },
      { text: 'Respond by', attributes: { 'aria-sort': 'none' } },
      { text: 'Status' },
    ],
    rows: inbox.rows.map((r) => [
      { html: linkHtml(r.href, r.pupil) },
      { text: r.year },
      { text: r.referredBy },
      { text: r.reason },
      { text: r.respondBy, attributes: { 'data-sort-value': r.respondBySort } },
      { html: tagHtml(r.status) },
    ]),
  };
}
