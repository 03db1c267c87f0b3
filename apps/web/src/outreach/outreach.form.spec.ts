import { parseClose, parseOutreachRequest, parseSession } from './outreach.form';

const request = {
  upn: 'b801200005001',
  providerId: 'prov-bridges',
  needs: 'Struggles after lunch',
  tried: 'Report card\r\n\r\nMentor ',
  objectives: 'Stays in lessons',
  attendancePercent: '86%',
  'requestedOn-day': '3',
  'requestedOn-month': '11',
  'requestedOn-year': '2025',
};

describe('the outreach request form', () => {
  it('sends what was tried and the objectives one a line, and the UPN in capitals', () => {
    expect(parseOutreachRequest(request)).toEqual({
      ok: true,
      value: {
        upn: 'B801200005001',
        providerId: 'prov-bridges',
        needs: 'Struggles after lunch',
        tried: ['Report card', 'Mentor'],
        objectives: ['Stays in lessons'],
        attendancePercent: 86,
        requestedOn: '2025-11-03',
      },
    });
  });

  it('says what is missing in the words of the GOV.UK style guide', () => {
    const result = parseOutreachRequest({ ...request, tried: '  ', 'requestedOn-month': '' });
    expect(result.ok ? [] : result.errors.map((e) => e.message)).toEqual([
      'Enter what the school has tried',
      'The date of the request must include a month',
    ]);
  });
});

describe('the session and closing forms', () => {
  it('refuses a session of no length and asks whether the pupil attended', () => {
    const result = parseSession({
      'date-day': '10',
      'date-month': '11',
      'date-year': '2025',
      durationMinutes: '0',
      focus: 'x',
    });
    expect(result.ok ? [] : result.errors.map((e) => e.field)).toEqual(['durationMinutes', 'attendance']);
  });

  it('asks whether the objectives were met', () => {
    const result = parseClose({
      'closedOn-day': '1',
      'closedOn-month': '10',
      'closedOn-year': '2025',
      summary: 'Done',
    });
    expect(result.ok ? [] : result.errors.map((e) => e.message)).toEqual(['Select whether the objectives were met']);
  });
});
