import { parseFeedback } from './feedback.form';
import { presentFeedbackPerProvider } from './feedback.presenter';

const body = {
  respondent: 'parent',
  helped: '5',
  listenedTo: '4',
  safe: '5',
  wouldRecommend: '4',
  comments: ' They got him back on track ',
  'givenOn-day': '12',
  'givenOn-month': '1',
  'givenOn-year': '2026',
};

describe('the feedback form', () => {
  it('sends each answer as a number from 1 to 5', () => {
    expect(parseFeedback(body)).toEqual({
      ok: true,
      value: {
        respondent: 'parent',
        answers: { helped: 5, listenedTo: 4, safe: 5, wouldRecommend: 4 },
        comments: 'They got him back on track',
        givenOn: '2026-01-12',
      },
    });
  });

  it('asks for every answer that is missing or out of range', () => {
    const result = parseFeedback({ ...body, respondent: '', safe: '7', helped: '' });
    expect(result.ok ? [] : result.errors.map((e) => [e.field, e.message])).toEqual([
      ['respondent', 'Select who gave the feedback'],
      ['helped', 'Select how much the placement helped'],
      ['safe', 'Select how safe they felt'],
    ]);
  });
});

describe('feedback per provider', () => {
  it('names the provider and shows each average to one decimal place with the comments', () => {
    const [row] = presentFeedbackPerProvider(
      [
        {
          providerId: 'prov-bridges',
          responses: 2,
          helped: 4.5,
          listenedTo: 4,
          safe: 5,
          wouldRecommend: 3.5,
          comments: [{ respondent: 'pupil', comments: 'Good', givenOn: '2026-01-12' }],
        },
      ],
      new Map([['prov-bridges', 'Bridges Learning Centre']]),
    );
    expect(row).toMatchObject({ name: 'Bridges Learning Centre', responses: '2 responses' });
    expect(row!.scores.map((s) => s.score)).toEqual(['4.5 out of 5', '4.0 out of 5', '5.0 out of 5', '3.5 out of 5']);
    expect(row!.comments).toEqual([{ who: 'The pupil, Monday 12 January 2026', text: 'Good' }]);
  });
});
