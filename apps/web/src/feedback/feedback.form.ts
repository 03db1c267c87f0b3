import { parseDate } from '../forms/date-input';
import { FormErrors, text, type FormResult, type PostedBody } from '../forms/form-result';

export const FEEDBACK_QUESTIONS = ['helped', 'listenedTo', 'safe', 'wouldRecommend'] as const;
type Question = (typeof FEEDBACK_QUESTIONS)[number];

export type FeedbackValue = Readonly<{
  respondent: 'pupil' | 'parent';
  answers: Record<Question, number>;
  comments: string;
  givenOn: string;
}>;

const MISSING: Readonly<Record<Question, string>> = {
  helped: 'Select how much the placement helped',
  listenedTo: 'Select how much they were listened to',
  safe: 'Select how safe they felt',
  wouldRecommend: 'Select how much they would recommend it',
};

/** The short form after a placement: who answered, four answers from 1 to 5, comments and the date. */
export function parseFeedback(body: PostedBody): FormResult<FeedbackValue> {
  const errors = new FormErrors();
  const respondent = text(body, 'respondent');
  if (respondent !== 'pupil' && respondent !== 'parent') errors.add('respondent', 'Select who gave the feedback');
  const answers = {} as Record<Question, number>;
  for (const question of FEEDBACK_QUESTIONS) {
    const answer = Number(text(body, question));
    if (Number.isInteger(answer) && answer >= 1 && answer <= 5) answers[question] = answer;
    else errors.add(question, MISSING[question]);
  }
  const comments = text(body, 'comments');
  if (comments.length > 4000) errors.add('comments', 'Comments must be 4000 characters or fewer');
  const givenOn = parseDate(body, 'givenOn', errors, {
    missing: 'Enter the date the feedback was given',
    label: 'the date the feedback was given',
  });
  return errors.result(() => ({ respondent: respondent as 'pupil' | 'parent', answers, comments, givenOn: givenOn! }));
}
