import { parseDate } from '../forms/date-input';
import { FormErrors, text, type FormResult, type PostedBody } from '../forms/form-result';

export type VoiceValue = Readonly<{
  stage: 'referral' | 'induction' | 'review';
  reviewId?: string;
  speaker: 'pupil' | 'parent';
  words: string;
  recordedOn: string;
}>;

const STAGES = ['referral', 'induction', 'review'];
const SPEAKERS = ['pupil', 'parent'];

/** A view in the pupil's or parent's own words: kept exactly as typed (only the ends trimmed). */
export function parseVoice(body: PostedBody): FormResult<VoiceValue> {
  const errors = new FormErrors();
  const stage = text(body, 'stage');
  if (!STAGES.includes(stage)) errors.add('stage', 'Select when the view was given');
  const reviewId = text(body, 'reviewId');
  if (stage === 'review' && !reviewId) errors.add('reviewId', 'Enter which review the view was given at');
  const speaker = text(body, 'speaker');
  if (!SPEAKERS.includes(speaker)) errors.add('speaker', 'Select who gave the view');
  const words = text(body, 'words');
  if (!words) errors.add('words', 'Enter what they said, in their own words');
  else if (words.length > 4000) errors.add('words', 'What they said must be 4000 characters or fewer');
  const recordedOn = parseDate(body, 'recordedOn', errors, {
    missing: 'Enter the date they gave their view',
    label: 'the date they gave their view',
  });
  return errors.result(() => ({
    stage: stage as VoiceValue['stage'],
    ...(stage === 'review' ? { reviewId } : {}),
    speaker: speaker as VoiceValue['speaker'],
    words,
    recordedOn: recordedOn!,
  }));
}
