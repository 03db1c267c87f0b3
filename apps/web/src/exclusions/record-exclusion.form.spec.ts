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
});
