import { sectionNamed } from '../referrals/section-definitions';
import { parseSection, valuesFromContent } from './questions.form';

const safeguarding = sectionNamed('safeguarding')!;
const identity = sectionNamed('identity')!;

describe('a section form', () => {
  it('asks for each required answer, linking to its field', () => {
    const result = parseSection(identity, {});
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => [e.href, e.message])).toEqual([
      ['#fullName', "Enter the pupil's full name"],
      ['#dateOfBirth-day', "Enter the pupil's date of birth"],
      ['#hasUpn', 'Select yes if the pupil has a UPN'],
      ['#yearGroup', "Select the pupil's year group"],
      ['#homeLaCode', "Enter the pupil's home local authority code"],
    ]);
  });

  it('reads a revealed question only when its answer was given', () => {
    const body = {
      'dsl-name': 'Pat Jones',
      childProtectionPlan: 'yes',
      childInNeedPlan: 'no',
      hasSocialWorker: 'no',
      'socialWorker-name': 'Left over from before',
      lookedAfter: 'no',
    };
    expect(parseSection(safeguarding, body)).toEqual({
      ok: true,
      value: { dsl: { name: 'Pat Jones' }, childProtectionPlan: true, childInNeedPlan: false, lookedAfter: false },
    });
  });

  it('asks for the revealed question when the answer that reveals it was given', () => {
    const result = parseSection(safeguarding, {
      'dsl-name': 'Pat Jones',
      childProtectionPlan: 'yes',
      childInNeedPlan: 'no',
      hasSocialWorker: 'yes',
      lookedAfter: 'no',
    });
    expect(result.ok ? [] : result.errors.map((e) => e.message)).toEqual(["Enter the social worker's full name"]);
  });

  it('turns answers into what the API takes: numbers, year groups, upper-case UPNs, ISO dates', () => {
    const result = parseSection(identity, {
      fullName: ' Ava Smith ',
      'dateOfBirth-day': '14',
      'dateOfBirth-month': '3',
      'dateOfBirth-year': '2011',
      hasUpn: 'yes',
      upn: 'b801200005001',
      yearGroup: '9',
      homeLaCode: '201',
    });
    expect(result).toEqual({
      ok: true,
      value: {
        fullName: 'Ava Smith',
        dateOfBirth: '2011-03-14',
        upn: 'B801200005001',
        yearGroup: 9,
        homeLaCode: '201',
      },
    });
  });

  it('shows a saved section back in its fields, including the answers that only reveal others', () => {
    const values = valuesFromContent(safeguarding, {
      dsl: { name: 'Pat Jones' },
      childProtectionPlan: true,
      childInNeedPlan: false,
      socialWorker: { name: 'Sam Green' },
      lookedAfter: false,
    });
    expect(values).toMatchObject({
      'dsl-name': 'Pat Jones',
      childProtectionPlan: 'yes',
      hasSocialWorker: 'yes',
      'socialWorker-name': 'Sam Green',
      lookedAfter: 'no',
    });
  });
});
