import type { presentFeedbackPerProvider } from './feedback.presenter';

/** govukTable arguments: one row per provider, each answer's average beside the number of responses. */
export function feedbackTable(rows: ReturnType<typeof presentFeedbackPerProvider>) {
  return {
    caption: 'Average answers, from 1 (not at all) to 5 (very much)',
    captionClasses: 'govuk-table__caption--m',
    head: [
      { text: 'Provider' },
      { text: 'Responses' },
      ...(rows[0]?.scores ?? []).map((s) => ({ text: s.question, format: 'numeric' })),
    ],
    rows: rows.map((r) => [
      { text: r.name },
      { text: r.responses },
      ...r.scores.map((s) => ({ text: s.score, format: 'numeric' })),
    ]),
  };
}

/** govukRadios items for an answer from 1 to 5. */
export const scaleItems = (value: unknown) =>
  [1, 2, 3, 4, 5].map((n) => ({
    value: String(n),
    text: n === 1 ? '1 (not at all)' : n === 5 ? '5 (very much)' : String(n),
    checked: String(value ?? '') === String(n),
  }));
