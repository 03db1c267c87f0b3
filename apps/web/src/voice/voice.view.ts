import type { presentFeedback, presentVoices } from './voice.presenter';

/** govukTable arguments: one row per view, their words as text (never as HTML). */
export function voicesTable(rows: ReturnType<typeof presentVoices>) {
  return {
    caption: rows.length === 1 ? '1 view recorded' : `${rows.length} views recorded`,
    captionClasses: 'govuk-table__caption--m',
    head: [{ text: 'Date' }, { text: 'When' }, { text: 'Who said it' }, { text: 'In their own words' }],
    rows: rows.map((r) => [{ text: r.when }, { text: r.stage }, { text: r.who }, { text: r.words }]),
  };
}

/** govukSummaryList rows for one feedback form. */
export function feedbackRows(form: ReturnType<typeof presentFeedback>[number]) {
  return [
    ...form.answers.map((a) => ({ key: { text: a.question }, value: { text: a.answer } })),
    { key: { text: 'Comments' }, value: { text: form.comments } },
  ];
}
