import type { Schemas } from '../api/api-types';
import { parseDate } from '../forms/date-input';
import { checked, FormErrors, text, type FormResult, type PostedBody } from '../forms/form-result';

export type CancelExclusion = Schemas['CancelExclusionDto'];

export const CANCEL_OUTCOMES: Readonly<Record<CancelExclusion['outcome'], Readonly<{ text: string; hint: string }>>> = {
  cancelled: { text: 'The headteacher withdrew it', hint: 'Before the governing board considered it' },
  overturned: {
    text: 'The governing board or an independent review panel overturned it',
    hint: 'The pupil was reinstated',
  },
};

/** "Cancel the exclusion": how it ended and when that was decided. It then counts for nothing towards day 6. */
export function parseCancelExclusion(body: PostedBody): FormResult<CancelExclusion> {
  const errors = new FormErrors();
  const outcome = checked(body, 'outcome')[0] ?? '';
  if (!(outcome in CANCEL_OUTCOMES)) errors.add('outcome', 'Select why the exclusion no longer stands');
  const decidedOn = parseDate(body, 'decidedOn', errors, {
    missing: 'Enter the date it was decided',
    label: 'the date it was decided',
  });
  const note = text(body, 'note');
  if (note.length > 2000) errors.add('note', 'Notes must be 2,000 characters or fewer');
  return errors.result(() => ({
    outcome: outcome as CancelExclusion['outcome'],
    decidedOn: decidedOn!,
    ...(note ? { note } : {}),
  }));
}
