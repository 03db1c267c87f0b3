import type { Schemas } from '../api/api-types';
import { presentSchoolExclusions } from './school-exclusions.presenter';

const exclusion = (over: Partial<Schemas['SchoolExclusionDto']> = {}): Schemas['SchoolExclusionDto'] => ({
  exclusionId: 'exc-1',
  upn: 'E801200005003',
  pupilName: 'Amira Khan',
  exclusionType: 'SUSP',
  startDate: '2025-11-03',
  startsPartWay: false,
  sessions: 4,
  lastDay: '2025-11-04',
  ...over,
});

const TODAY = '2025-11-03';
const one = (over: Partial<Schemas['SchoolExclusionDto']>) => presentSchoolExclusions([exclusion(over)], TODAY)[0]!;

describe("the school home's recent exclusions", () => {
  it('names the pupil, the type, the first day and the length, linking to the exclusion', () => {
    expect(presentSchoolExclusions([exclusion()], TODAY)).toEqual([
      {
        href: '/exclusions/E801200005003/exc-1',
        pupil: 'Amira Khan',
        upn: 'E801200005003',
        type: 'Suspension',
        firstDay: '3 Nov 2025',
        length: '2 school days',
        lastDay: '4 Nov 2025',
        status: { text: 'Current', classes: 'govuk-tag--blue' },
      },
    ]);
  });

  it('shows the UPN where the school has not named the pupil in a referral', () => {
    const row = one({ pupilName: null });
    expect([row.pupil, row.upn]).toEqual(['E801200005003', undefined]);
  });

  it('says a length in half days as school days, and a permanent exclusion as permanent', () => {
    expect(one({ sessions: 2 }).length).toBe('1 school day');
    expect(one({ sessions: 1, exclusionType: 'LNCH', startsPartWay: true }).length).toBe('Half a school day');
    expect(one({ sessions: 5 }).length).toBe('2 and a half school days');
    expect(one({ exclusionType: 'PERM', sessions: null, lastDay: null })).toMatchObject({
      type: 'Permanent exclusion',
      length: 'Permanent',
      lastDay: 'No end date',
    });
  });

  it('says a part-way start on the first day', () => {
    expect(one({ startsPartWay: true, sessions: 3 }).firstDay).toBe('3 Nov 2025 (from lunchtime or the afternoon)');
  });

  it('tags each exclusion current, ended or not started', () => {
    expect(one({ startDate: '2025-10-20', lastDay: '2025-10-22' }).status.text).toBe('Ended');
    expect(one({ startDate: '2025-11-04', lastDay: '2025-11-05' }).status.text).toBe('Not started');
    expect(one({ startDate: '2025-10-27', lastDay: '2025-11-03' }).status.text).toBe('Current');
    expect(one({ exclusionType: 'PERM', startDate: '2025-10-30', lastDay: null }).status.text).toBe('Current');
  });
});
