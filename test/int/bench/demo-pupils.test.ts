import { demoDateOfBirth, demoPupilName, schoolYearStart } from '../../../bench/workload/demo-pupils';
import { generateLa, DEMO_LA_NAME, DEMO_SCHOOL_NAME } from '../../../bench/workload/generator';
import { demoPersonName } from '../../../scripts/demo-client';
import { DEMO_USERS } from '../../../apps/web/src/auth/demo-users';

/** Age in whole years on a day. */
const ageOn = (dateOfBirth: string, day: string): number => {
  const years = Number(day.slice(0, 4)) - Number(dateOfBirth.slice(0, 4));
  return day.slice(5) < dateOfBirth.slice(5) ? years - 1 : years;
};

describe('the demo data (npm run seed:demo)', () => {
  it('gives every seeded pupil a name of their own', () => {
    const pupils = generateLa(20261).pupils.length;
    const names = Array.from({ length: Math.max(pupils, 420) }, (_, i) => demoPupilName(i));
    expect(new Set(names).size).toBe(names.length);
    expect(names.slice(0, 3)).toEqual(['Amira Khan', 'Jack Walker', 'Olivia Okafor']);
  });

  it.each(['2025-09-01', '2025-11-03', '2026-02-28', '2026-08-31', '2028-03-01'])(
    'gives each pupil a date of birth that fits their year group in the school year of %s',
    (today) => {
      // A Year N pupil is N + 4 on the 31 August before their school year starts (Year 7: 11).
      const eve = `${schoolYearStart(today).slice(0, 4)}-08-31`;
      for (const yearGroup of [7, 8, 9, 10, 11])
        for (let i = 0; i < 400; i += 1)
          expect([yearGroup, ageOn(demoDateOfBirth(yearGroup, today, i), eve)]).toEqual([yearGroup, yearGroup + 4]);
    },
  );

  it('puts a Year 9 pupil of 2025/26 between September 2011 and August 2012', () => {
    const born = Array.from({ length: 365 }, (_, i) => demoDateOfBirth(9, '2025-11-03', i)).sort();
    expect(born[0]).toBe('2011-09-01');
    expect(born.at(-1)! <= '2012-08-31').toBe(true);
    expect(born).not.toContain('2011-04-02'); // the fixture's date: Year 10 in 2025/26
  });

  it('names the demo school as the sign-in page does, and its users as people', () => {
    const school = DEMO_USERS.find((u) => u.id === 'demo-school')!;
    expect(generateLa(1).schools[0]).toEqual({ urn: school.organisationId, name: DEMO_SCHOOL_NAME });
    expect(school.organisationName).toBe(DEMO_SCHOOL_NAME);
    expect(generateLa(1).name).toBe(DEMO_LA_NAME);
    for (const id of ['demo-la-officer', 'demo-auditor'])
      expect(DEMO_USERS.find((u) => u.id === id)!.organisationName).toBe(DEMO_LA_NAME);
    expect(demoPersonName('school', '100001')).toBe(school.name);
    expect(demoPersonName('la_officer', '201')).toBe('Jo Williams');
    expect(demoPersonName('school', '100007')).toMatch(/^[A-Z][a-z]+ [A-Z][a-z]+$/);
  });
});
