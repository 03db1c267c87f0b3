import { ApiError } from '../api/api-client';
import { apiFieldErrors } from '../forms/api-problem-errors';
import { ACCEPT_REFUSALS, responseForm } from './response-forms';

const hint = (yearGroup: unknown) =>
  responseForm('accept', { yearGroup })!.definition.fields.find((f) => f.id === 'hoursPerWeek')!.hint;

describe("the provider's responses", () => {
  it("names the full-time benchmark for the pupil's year group", () => {
    expect(hint(4)).toBe('Full time for Year 4 is at least 23.5 hours a week');
    expect(hint('9')).toBe('Full time for Year 9 is at least 24 hours a week');
    expect(hint(11)).toBe('Full time for Year 11 is at least 25 hours a week');
    expect(hint(undefined)).toBe('Full time is at least 21 to 25 hours a week, depending on the year group');
  });

  it('links the part-time refusal to the part-time question', () => {
    const refusal = new ApiError({
      status: 422,
      code: 'PART_TIME_TERMS_REQUIRED',
      title: 'Rule violated',
      detail: '10 hours a week is part time for Year 9 (full time is 24 hours): give a reason',
      field: 'timetable.partTime.reason',
    } as never);
    expect(apiFieldErrors(refusal, ACCEPT_REFUSALS, 'Not sent')).toEqual([
      {
        field: 'partTime',
        href: '#partTime',
        message: '10 hours a week is part time for Year 9 (full time is 24 hours): give a reason',
      },
    ]);
  });

  it('names who referred the pupil, and names each action on its button', () => {
    const la = { referrer: 'Local authority 201' };
    expect(responseForm('ask', la)).toMatchObject({
      definition: { title: 'Ask Local authority 201 for more information' },
      button: 'Send the request',
    });
    expect(responseForm('decline', {})).toMatchObject({
      definition: { fields: [{ hint: 'The referrer will see this' }] },
      button: 'Decline the referral',
    });
    expect(responseForm('accept', la)!.button).toBe('Accept the referral');
  });
});
