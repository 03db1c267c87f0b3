import { parseVoice } from './voice.form';
import { presentFeedback, presentVoices } from './voice.presenter';

const body = {
  stage: 'review',
  reviewId: 'Half-term review',
  speaker: 'pupil',
  words: '  I like it here because nobody shouts  ',
  'recordedOn-day': '3',
  'recordedOn-month': '11',
  'recordedOn-year': '2025',
};

describe('the voice form', () => {
  it('keeps their words as typed and says which review', () => {
    expect(parseVoice(body)).toEqual({
      ok: true,
      value: {
        stage: 'review',
        reviewId: 'Half-term review',
        speaker: 'pupil',
        words: 'I like it here because nobody shouts',
        recordedOn: '2025-11-03',
      },
    });
  });

  it('drops the review for a view given at referral', () => {
    const result = parseVoice({ ...body, stage: 'referral' });
    expect(result.ok && result.value).not.toHaveProperty('reviewId');
  });

  it('asks for who said it, what they said and which review', () => {
    const result = parseVoice({ stage: 'review', 'recordedOn-day': '3' });
    expect(result.ok ? [] : result.errors.map((e) => e.message)).toEqual([
      'Enter which review the view was given at',
      'Select who gave the view',
      'Enter what they said, in their own words',
      'The date they gave their view must include a month and year',
    ]);
  });
});

describe('the voice page', () => {
  it('lists views oldest first, saying who said it and when', () => {
    const rows = presentVoices([
      { voiceId: 'v2', stage: 'induction', speaker: 'parent', words: 'He is calmer', recordedOn: '2025-11-10' },
      { voiceId: 'v1', stage: 'referral', speaker: 'pupil', words: 'I want to go back', recordedOn: '2025-10-20' },
    ]);
    expect(rows).toEqual([
      { when: 'Monday 20 October 2025', stage: 'At referral', who: 'The pupil', words: 'I want to go back' },
      { when: 'Monday 10 November 2025', stage: 'At induction', who: 'Parent or carer', words: 'He is calmer' },
    ]);
  });

  it('shows each feedback answer out of 5', () => {
    const [form] = presentFeedback([
      {
        feedbackId: 'f1',
        respondent: 'parent',
        answers: { helped: 5, listenedTo: 4, safe: 5, wouldRecommend: 3 },
        comments: '',
        givenOn: '2026-01-12',
      },
    ]);
    expect(form!.heading).toBe('Parent or carer, Monday 12 January 2026');
    expect(form!.answers[1]).toEqual({ question: 'I was listened to', answer: '4 out of 5' });
    expect(form!.comments).toBe('No comments');
  });
});
