import type { Schemas } from '../api/api-types';
import { presentSchoolDay6 } from './school-day6.presenter';

const clock = (over: Partial<Schemas['SchoolDay6ClockDto']> = {}): Schemas['SchoolDay6ClockDto'] => ({
  dutyId: 'exc-1',
  upn: 'B801200005001',
  pupilName: 'Amira Khan',
  day1: '2025-11-03',
  day6: '2025-11-10',
  status: 'open',
  responsible: { kind: 'school', organisationId: '100001', name: 'Oak Academy' },
  lookedAfter: false,
  schoolDaysLeft: 5,
  ...over,
});

const TODAY = '2025-11-03';

describe("the school home's day-6 clocks", () => {
  it('names the pupil, the first day, day 6 and the school days left, linking to the exclusion', () => {
    expect(presentSchoolDay6([clock()], 'Oak Academy', TODAY)).toEqual([
      {
        href: '/exclusions/B801200005001/exc-1',
        pupil: 'Amira Khan',
        upn: 'B801200005001',
        firstDay: '3 Nov 2025',
        day6: '10 Nov 2025',
        daysLeft: '5',
        responsible: 'Oak Academy',
        note: undefined,
        status: { text: 'Provision needed', classes: 'govuk-tag--blue' },
      },
    ]);
  });

  it('shows the UPN where the school has not named the pupil in a referral', () => {
    const [row] = presentSchoolDay6([clock({ pupilName: null })], 'Oak Academy', TODAY);
    expect([row!.pupil, row!.upn]).toEqual(['B801200005001', undefined]);
  });

  it('says when the LA holds the duty, by its name, and when day 6 passed with no provision', () => {
    const la = { kind: 'la' as const, organisationId: '201', name: 'Northshire County Council' };
    const [row] = presentSchoolDay6(
      [clock({ status: 'breached', schoolDaysLeft: 0, responsible: la })],
      'Oak Academy',
      TODAY,
    );
    expect([row!.responsible, row!.daysLeft, row!.status.text]).toEqual([
      'Northshire County Council',
      'Day 6 has passed',
      'No provision by day 6',
    ]);
  });

  it('names an LA without a name in the directory by its code', () => {
    const la = { kind: 'la' as const, organisationId: '201', name: null };
    expect(presentSchoolDay6([clock({ responsible: la })], 'Oak Academy', TODAY)[0]!.responsible).toBe(
      'Local authority 201',
    );
  });

  it('says a looked-after pupil is owed provision from day 1, in red', () => {
    const [row] = presentSchoolDay6([clock({ lookedAfter: true })], 'Oak Academy', TODAY);
    expect([row!.note, row!.status.classes]).toEqual(['Looked after: provision expected from day 1', 'govuk-tag--red']);
  });

  it('says when day 6 is today', () => {
    expect(presentSchoolDay6([clock({ schoolDaysLeft: 0 })], 'Oak Academy', '2025-11-10')[0]!.daysLeft).toBe(
      'Day 6 today',
    );
  });

  it('says day 6 has passed for an open clock whose day 6 is behind today, not that it is today', () => {
    const [row] = presentSchoolDay6([clock({ schoolDaysLeft: 0 })], 'Oak Academy', '2025-11-24');
    expect([row!.daysLeft, row!.status]).toEqual([
      'Day 6 has passed',
      { text: 'Provision needed', classes: 'govuk-tag--red' },
    ]);
  });
});
