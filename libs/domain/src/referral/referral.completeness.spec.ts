import { addCalendarMonths } from '../calendar';
import { completeSections } from './referral.fixtures';
import { missingItems, type ReferralSections } from './referral.sections';

const sections = (asOf: string, change: Partial<ReferralSections> = {}): Partial<ReferralSections> => ({
  ...Object.fromEntries(completeSections(asOf).map(({ section, content }) => [section, content])),
  ...change,
});

describe('information dated within the last 6 calendar months', () => {
  it('takes 6 months before 31 August to be 28 February, not 183 days', () => {
    expect(addCalendarMonths('2026-08-31', -6)).toBe('2026-02-28');
    expect(addCalendarMonths('2028-08-31', -6)).toBe('2028-02-29');
    expect(missingItems(sections('2026-02-28'), '2026-08-31')).toEqual([]);
    expect(missingItems(sections('2026-02-27'), '2026-08-31').map((m) => m.item)).toEqual([
      'attendance.asOf',
      'attainment.asOf',
    ]);
  });

  it('refuses attendance or attainment dated in the future', () => {
    expect(missingItems(sections('2026-09-01'), '2026-08-31')).toEqual([
      { item: 'attendance.asOf', problem: 'invalid', detail: 'dated 2026-09-01, in the future' },
      { item: 'attainment.asOf', problem: 'invalid', detail: 'dated 2026-09-01, in the future' },
    ]);
  });
});

describe('a social worker', () => {
  it('is needed for a looked-after child, even with a Virtual School Head and no CP or CIN plan', () => {
    const safeguarding = {
      dsl: { name: 'Dee Lead' },
      childProtectionPlan: false,
      childInNeedPlan: false,
      lookedAfter: true,
      virtualSchoolHead: { name: 'Vi Head' },
    } as ReferralSections['safeguarding'];
    expect(missingItems(sections('2026-08-01', { safeguarding }), '2026-08-31').map((m) => m.item)).toEqual([
      'safeguarding.socialWorker',
    ]);
  });
});
