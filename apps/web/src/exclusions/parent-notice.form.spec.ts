import { londonInstant, minutesOfDay, parseParentNotice } from './parent-notice.form';

const body = {
  kind: 'first',
  'givenOn-day': '3',
  'givenOn-month': '11',
  'givenOn-year': '2025',
  givenTime: '3:30pm',
  method: 'Letter by hand',
};

describe('the parent notice form', () => {
  it('sends the notice with the instant it was given, in UK time', () => {
    const form = parseParentNotice(body, 'ex-1');
    expect(form).toEqual({
      ok: true,
      value: { exclusionId: 'ex-1', kind: 'first', givenAt: '2025-11-03T15:30:00.000Z', method: 'Letter by hand' },
    });
  });

  it('counts a notice without a time from the start of that day, an hour earlier in summer time', () => {
    const form = parseParentNotice({ ...body, givenTime: '', 'givenOn-month': '6' }, 'ex-1');
    expect(form.ok && form.value.givenAt).toBe('2025-06-02T23:00:00.000Z');
  });

  it('asks for which notice, when and how, each linked to its field', () => {
    const form = parseParentNotice({}, 'ex-1');
    expect(form.ok ? [] : form.errors.map((e) => [e.message, e.href])).toEqual([
      ['Select which notice you gave the parent', '#kind'],
      ['Enter the date you gave the parent the notice', '#givenOn-day'],
      ['Enter how you gave the parent the notice', '#method'],
    ]);
  });

  it('says when the date is not a real date or the time not a real time', () => {
    const form = parseParentNotice({ ...body, 'givenOn-day': '31', 'givenOn-month': '2', givenTime: '25:00' }, 'x');
    expect(form.ok ? [] : form.errors.map((e) => e.message)).toEqual([
      'The date you gave the notice must be a real date',
      'Enter a real time of day, for example 3:30pm or 15:30',
    ]);
  });

  it('records that the first notice gave the provision details only when it is the first notice', () => {
    const first = parseParentNotice({ ...body, provisionDetailsGiven: 'yes' }, 'x');
    const provision = parseParentNotice({ ...body, kind: 'provision', provisionDetailsGiven: 'yes' }, 'x');
    expect(first.ok && first.value.provisionDetailsGiven).toBe(true);
    expect(provision.ok && 'provisionDetailsGiven' in provision.value).toBe(false);
  });
});

describe('times of day', () => {
  it.each([
    ['9am', 540],
    ['12pm', 720],
    ['12am', 0],
    ['3:30 pm', 930],
    ['15:30', 930],
    ['15', null],
    ['13pm', null],
    ['noonish', null],
  ])('reads %s', (value, minutes) => {
    expect(minutesOfDay(value)).toBe(minutes);
  });

  it('turns a UK wall-clock time into the instant it names', () => {
    expect(londonInstant('2025-11-03', 540)).toBe('2025-11-03T09:00:00.000Z');
    expect(londonInstant('2025-07-01', 540)).toBe('2025-07-01T08:00:00.000Z');
  });
});
