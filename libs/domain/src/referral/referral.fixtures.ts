import type { SectionInput } from './referral.sections';

/** A complete set of referral sections, current as of November 2025: the shape a school fills in. */
export const completeSections = (asOf = '2025-10-20'): SectionInput[] => [
  {
    section: 'identity',
    content: {
      upn: 'B801200005001',
      fullName: 'Sam Pupil',
      dateOfBirth: '2012-04-02',
      yearGroup: 9,
      homeLaCode: '201',
    },
  },
  {
    section: 'safeguarding',
    content: {
      dsl: { name: 'Dee Lead', phone: '01234 567890' },
      childProtectionPlan: false,
      childInNeedPlan: true,
      socialWorker: { name: 'Sol Worker' },
      lookedAfter: false,
    },
  },
  { section: 'sen', content: { provision: 'K', primaryNeed: 'SEMH' } },
  { section: 'attendance', content: { percent: 71.5, asOf } },
  { section: 'attainment', content: { summary: 'Working towards expected standard', english: '4', maths: '3', asOf } },
  {
    section: 'behaviour',
    content: {
      history: 'Escalating incidents since Year 8',
      interventionsTried: ['Mentoring', 'Internal inclusion unit'],
    },
  },
  { section: 'medical', content: { needs: 'None known' } },
  { section: 'parental', content: { contact: { name: 'Pat Parent', phone: '07700 900000' }, consentGiven: true } },
  {
    section: 'objectives',
    content: { objectives: ['Attend 90% of sessions', 'Return to mainstream within two terms'] },
  },
  { section: 'duration', content: { intendedWeeks: 12, hoursPerWeek: 25 } },
  { section: 'nextStep', content: { plan: 'Phased return to the home school from week 10' } },
];
