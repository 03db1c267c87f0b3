import { parseRecordExclusion } from './record-exclusion.form';

const valid = {
  upn: 'b801200005001',
  yearGroup: '9',
  homeLaCode: '201',
  exclusionType: 'SUSP',
  'firstDay-day': '3',
  'firstDay-month': '11',
  'firstDay-year': '2025',
  lengthSchoolDays: '6',
  exclusionReasons: ['PA', 'DB'],
  startsPartWay: 'no',
  lookedAfter: 'no',
  ehcPlan: 'no',
};

describe('the record an exclusion form', () => {
  it('gives the API the notice facts', () => {
    expect(parseRecordExclusion(valid)).toEqual({
      ok: true,
      value: {
        upn: 'B801200005001',
        body: {
          homeLaCode: '201',
          exclusionType: 'SUSP',
          startDate: '2025-11-03',
          startsPartWay: false,
          lengthSchoolDays: 6,
          reasons: ['PA', 'DB'],
          yearGroup: 9,
          lookedAfter: false,
          ehcPlan: false,
        },
      },
    });
  });

  it('asks for the length of a suspension, and for no more than 3 reasons', () => {
    const result = parseRecordExclusion({ ...valid, lengthSchoolDays: '', exclusionReasons: ['PA', 'DB', 'BU', 'TH'] });
    expect(result.ok ? [] : result.errors.map((e) => e.message)).toEqual([
      'Enter how many school days the suspension lasts',
      'Select no more than 3 reasons',
    ]);
  });

  it('needs no length for a permanent exclusion', () => {
    expect(parseRecordExclusion({ ...valid, exclusionType: 'PERM', lengthSchoolDays: '' }).ok).toBe(true);
  });

  it('tells the API the pupil is looked after or has an EHC plan', () => {
    const result = parseRecordExclusion({ ...valid, lookedAfter: 'yes', ehcPlan: 'yes' });
    expect(result.ok && result.value.body).toMatchObject({ lookedAfter: true, ehcPlan: true });
  });

  it('asks whether the pupil is looked after and has an EHC plan', () => {
    const { lookedAfter: _l, ehcPlan: _e, ...unanswered } = valid;
    const result = parseRecordExclusion(unanswered);
    expect(result.ok ? [] : result.errors).toEqual([
      { field: 'lookedAfter', href: '#lookedAfter', message: 'Select yes if the pupil is looked after' },
      {
        field: 'ehcPlan',
        href: '#ehcPlan',
        message: 'Select yes if the pupil has an education, health and care (EHC) plan',
      },
    ]);
  });

  it('lists every error on the first submit, in the order the questions appear', () => {
    const result = parseRecordExclusion({});
    expect(result.ok ? [] : result.errors.map((e) => e.field)).toEqual([
      'upn',
      'yearGroup',
      'homeLaCode',
      'lookedAfter',
      'ehcPlan',
      'exclusionType',
      'firstDay',
      'exclusionReasons',
      'startsPartWay',
    ]);
  });

  it('checks the date, length and reasons even before a type is chosen', () => {
    const result = parseRecordExclusion({ ...valid, exclusionType: '', 'firstDay-day': '', lengthSchoolDays: '99' });
    expect(result.ok ? [] : result.errors.map((e) => e.field)).toEqual([
      'exclusionType',
      'firstDay',
      'lengthSchoolDays',
    ]);
  });
});
