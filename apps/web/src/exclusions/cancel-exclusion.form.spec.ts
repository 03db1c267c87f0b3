import { parseCancelExclusion } from './cancel-exclusion.form';

describe('the cancel exclusion form', () => {
  it('sends how the exclusion ended and when that was decided', () => {
    const form = parseCancelExclusion({
      outcome: 'overturned',
      'decidedOn-day': '5',
      'decidedOn-month': '11',
      'decidedOn-year': '2025',
      note: ' Governors reinstated the pupil ',
    });
    expect(form).toEqual({
      ok: true,
      value: { outcome: 'overturned', decidedOn: '2025-11-05', note: 'Governors reinstated the pupil' },
    });
  });

  it('asks why the exclusion no longer stands and when, each linked to its field', () => {
    const form = parseCancelExclusion({ 'decidedOn-day': '5' });
    expect(form.ok ? [] : form.errors.map((e) => [e.message, e.href])).toEqual([
      ['Select why the exclusion no longer stands', '#outcome'],
      ['The date it was decided must include a month and year', '#decidedOn-month'],
    ]);
  });
});
