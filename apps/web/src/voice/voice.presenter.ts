import { longDate } from '../words/dates';

export const VOICE_STAGE_TEXT: Readonly<Record<string, string>> = {
  referral: 'At referral',
  induction: 'At induction',
  review: 'At a review',
};
export const SPEAKER_TEXT: Readonly<Record<string, string>> = { pupil: 'The pupil', parent: 'Parent or carer' };
export const FEEDBACK_QUESTION_TEXT = {
  helped: 'The placement helped',
  listenedTo: 'I was listened to',
  safe: 'I felt safe',
  wouldRecommend: 'I would recommend it',
} as const;

export type VoiceRecord = Readonly<{
  voiceId: string;
  stage: string;
  reviewId?: string;
  speaker: string;
  words: string;
  recordedOn: string;
}>;
export type FeedbackRecord = Readonly<{
  feedbackId: string;
  respondent: string;
  answers: Readonly<Record<keyof typeof FEEDBACK_QUESTION_TEXT, number>>;
  comments: string;
  givenOn: string;
}>;

/** Each view as the page shows it: when, at which stage, who said it, and their words untouched. */
export function presentVoices(voices: readonly VoiceRecord[]) {
  return [...voices]
    .sort((a, b) => a.recordedOn.localeCompare(b.recordedOn))
    .map((v) => ({
      when: longDate(v.recordedOn),
      stage: `${VOICE_STAGE_TEXT[v.stage] ?? v.stage}${v.stage === 'review' && v.reviewId ? ` (${v.reviewId})` : ''}`,
      who: SPEAKER_TEXT[v.speaker] ?? v.speaker,
      words: v.words,
    }));
}

/** Feedback forms: who gave it, when, each answer out of 5 and their comments. */
export function presentFeedback(feedback: readonly FeedbackRecord[]) {
  return feedback.map((f) => ({
    heading: `${SPEAKER_TEXT[f.respondent] ?? f.respondent}, ${longDate(f.givenOn)}`,
    answers: (Object.keys(FEEDBACK_QUESTION_TEXT) as Array<keyof typeof FEEDBACK_QUESTION_TEXT>).map((q) => ({
      question: FEEDBACK_QUESTION_TEXT[q],
      answer: `${f.answers[q]} out of 5`,
    })),
    comments: f.comments || 'No comments',
  }));
}
