import { escapeHtml } from '../views/html';
import type { presentAtRisk } from './at-risk.presenter';

const list = (items: readonly string[]) =>
  `<ul class="govuk-list govuk-list--bullet">${items.map((i) => `<li>${escapeHtml(i)}</li>`).join('')}</ul>`;

export function atRiskTable(page: ReturnType<typeof presentAtRisk>) {
  return {
    caption: page.heading,
    captionClasses: 'govuk-table__caption--m',
    head: [{ text: 'Rank' }, { text: 'Pupil (UPN)' }, { text: 'Why' }, { text: 'What has been tried' }],
    rows: page.rows.map((r) => [{ text: r.rank }, { text: r.upn }, { html: list(r.why) }, { html: list(r.tried) }]),
  };
}
