import { parseDate } from '../forms/date-input';
import { FormErrors, text, type FormResult, type PostedBody } from '../forms/form-result';

export type CafeReviewValue = Readonly<{
  upn: string;
  heldOn: string;
  attendees: string[];
  reasons: string[];
  recommendations: string[];
  actions: Array<{ description: string; owner: string; dueDate: string }>;
}>;

const lines = (value: string) =>
  value
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);

/** The panel's review: when, who came, what it recommends, and an action with its owner and due date. */
export function parseCafeReview(body: PostedBody): FormResult<CafeReviewValue> {
  const errors = new FormErrors();
  const heldOn = parseDate(body, 'heldOn', errors, {
    missing: 'Enter the date of the review',
    label: 'the date of the review',
  });
  const attendees = lines(text(body, 'attendees'));
  if (attendees.length === 0) errors.add('attendees', 'Enter who attended');
  const recommendations = lines(text(body, 'recommendations'));
  const description = text(body, 'actionDescription');
  const owner = text(body, 'actionOwner');
  const anyDue = ['day', 'month', 'year'].some((p) => text(body, `actionDue-${p}`) !== '');
  const actions: CafeReviewValue['actions'] = [];
  if (description || owner || anyDue) {
    if (!description) errors.add('actionDescription', 'Enter the action');
    if (!owner) errors.add('actionOwner', 'Enter who owns the action');
    const dueDate = parseDate(body, 'actionDue', errors, {
      missing: 'Enter when the action is due',
      label: 'the due date',
    });
    if (description && owner && dueDate) actions.push({ description, owner, dueDate });
  }
  if (recommendations.length === 0 && !description)
    errors.add('recommendations', 'Enter a recommendation or an action');
  return errors.result(() => ({
    upn: text(body, 'upn'),
    heldOn: heldOn!,
    attendees,
    reasons: text(body, 'reasons').split(',').filter(Boolean),
    recommendations,
    actions,
  }));
}
