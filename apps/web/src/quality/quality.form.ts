import { parseDate } from '../forms/date-input';
import { FormErrors, text, type FormResult, type PostedBody } from '../forms/form-result';

export type Area = Readonly<{ code: string; group: string; name: string }>;
type Rating = 1 | 2 | 3 | 4;

export type SelfAssessmentValue = Readonly<{
  submittedOn: string;
  areas: Array<{ area: string; rating: Rating; evidence: string }>;
}>;
export type ModerationValue = Readonly<{
  moderatedOn: string;
  agreed: Array<{ area: string; rating: Rating; note?: string }>;
  actions: Array<{ area: string; description: string; owner: string; dueDate: string }>;
}>;

const rating = (body: PostedBody, field: string): Rating | undefined => {
  const n = Number(text(body, field));
  return n === 1 || n === 2 || n === 3 || n === 4 ? n : undefined;
};
const lower = (name: string) => name.charAt(0).toLowerCase() + name.slice(1);

/** The provider's self-assessment: a rating and its evidence for each of the 13 areas (fields `rating-<area>`, `evidence-<area>`). */
export function parseSelfAssessment(body: PostedBody, areas: readonly Area[]): FormResult<SelfAssessmentValue> {
  const errors = new FormErrors();
  const rated = areas.map((a) => {
    const r = rating(body, `rating-${a.code}`);
    if (!r) errors.add(`rating-${a.code}`, `Select a rating for ${lower(a.name)}`);
    const evidence = text(body, `evidence-${a.code}`);
    if (!evidence) errors.add(`evidence-${a.code}`, `Enter the evidence for ${lower(a.name)}`);
    return { area: a.code, rating: r!, evidence };
  });
  const submittedOn = parseDate(body, 'submittedOn', errors, {
    missing: 'Enter the date of the self-assessment',
    label: 'the date of the self-assessment',
  });
  return errors.result(() => ({ submittedOn: submittedOn!, areas: rated }));
}

/** The LA's moderation: the agreed rating for each area (with an optional note) and, optionally, an action. */
export function parseModeration(body: PostedBody, areas: readonly Area[]): FormResult<ModerationValue> {
  const errors = new FormErrors();
  const agreed = areas.map((a) => {
    const r = rating(body, `agreed-${a.code}`);
    if (!r) errors.add(`agreed-${a.code}`, `Select the agreed rating for ${lower(a.name)}`);
    const note = text(body, `note-${a.code}`);
    return { area: a.code, rating: r!, ...(note ? { note } : {}) };
  });
  const moderatedOn = parseDate(body, 'moderatedOn', errors, {
    missing: 'Enter the date of the moderation',
    label: 'the date of the moderation',
  });
  const actions: ModerationValue['actions'] = [];
  const [area, description, owner] = ['actionArea', 'actionDescription', 'actionOwner'].map((f) => text(body, f));
  const anyDue = ['day', 'month', 'year'].some((p) => text(body, `actionDue-${p}`) !== '');
  if (description || owner || anyDue) {
    if (!areas.some((a) => a.code === area)) errors.add('actionArea', 'Select the area the action is for');
    if (!description) errors.add('actionDescription', 'Enter the action');
    if (!owner) errors.add('actionOwner', 'Enter who owns the action');
    const dueDate = parseDate(body, 'actionDue', errors, {
      missing: 'Enter when the action is due',
      label: 'the due date',
    });
    if (description && owner && dueDate)
      actions.push({ area: area!, description: description!, owner: owner!, dueDate });
  }
  return errors.result(() => ({ moderatedOn: moderatedOn!, agreed, actions }));
}
