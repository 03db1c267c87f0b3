import { escapeHtml, linkHtml, tagHtml } from '../views/html';
import type { presentOutreachEpisode, presentOutreachList } from './outreach.presenter';

const multiline = (value: string) => escapeHtml(value).replace(/\n/g, '<br>');

/** govukTable arguments for the outreach list. */
export function outreachTable(rows: ReturnType<typeof presentOutreachList>) {
  return {
    caption: rows.length === 1 ? '1 outreach episode' : `${rows.length} outreach episodes`,
    captionClasses: 'govuk-table__caption--m',
    head: [
      { text: 'Pupil (UPN)' },
      { text: 'Provider' },
      { text: 'Requested' },
      { text: 'Sessions' },
      { text: 'Status' },
    ],
    rows: rows.map((r) => [
      { html: linkHtml(r.href, r.upn) },
      { text: r.provider },
      { text: r.requested, attributes: { 'data-sort-value': r.requestedSort } },
      { text: `${r.sessions} (${r.time})` },
      { html: `${tagHtml(r.status)}${r.outcome ? ` <span class="govuk-body-s">${escapeHtml(r.outcome)}</span>` : ''}` },
    ]),
  };
}

/** govukSummaryList rows for the request, and govukTable arguments for its sessions. */
export function outreachEpisodeView(episode: ReturnType<typeof presentOutreachEpisode>) {
  return {
    request: { rows: episode.request.map((r) => ({ key: { text: r.key }, value: { html: multiline(r.value) } })) },
    sessions: {
      caption: 'Sessions in school',
      captionClasses: 'govuk-table__caption--m',
      head: [{ text: 'Date' }, { text: 'Length' }, { text: 'Focus' }, { text: 'Attendance' }],
      rows: episode.sessions.map((s) => [
        { text: s.date },
        { text: s.duration },
        { text: s.focus },
        { text: s.attendance },
      ]),
    },
  };
}
