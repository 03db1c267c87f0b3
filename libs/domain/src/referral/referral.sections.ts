import type { IsoDate } from '../calendar';
import { addCalendarMonths } from '../calendar';
import type { SenNeedType, SenProvision } from '../identifiers';
import { validateUpn } from '../identifiers';
import type { YearGroup } from '../timetable';

export type Contact = Readonly<{ name: string; phone?: string; email?: string }>;

/** What a commissioner shares with a provider (REFERENCE.md §1.5 referral data, §0 information-sharing rule). */
export type ReferralSections = Readonly<{
  identity: Readonly<{
    upn?: string;
    noUpnReason?: string;
    fullName: string;
    dateOfBirth: IsoDate;
    yearGroup: YearGroup;
    homeLaCode: string;
    pupilPremium?: boolean;
  }>;
  safeguarding: Readonly<{
    dsl: Contact;
    childProtectionPlan: boolean;
    childInNeedPlan: boolean;
    socialWorker?: Contact;
    lookedAfter: boolean;
    virtualSchoolHead?: Contact;
    riskAssessment?: string;
  }>;
  sen: Readonly<{ provision: SenProvision; primaryNeed?: SenNeedType; ehcpCaseworker?: Contact }>;
  attendance: Readonly<{ percent: number; asOf: IsoDate }>;
  attainment: Readonly<{ summary: string; english?: string; maths?: string; asOf: IsoDate }>;
  behaviour: Readonly<{ history: string; interventionsTried: readonly string[] }>;
  medical: Readonly<{ needs: string }>;
  parental: Readonly<{ contact: Contact; consentGiven: boolean }>;
  objectives: Readonly<{ objectives: readonly string[] }>;
  duration: Readonly<{ intendedWeeks: number; hoursPerWeek: number }>;
  nextStep: Readonly<{ plan: string }>;
}>;

export type SectionName = keyof ReferralSections;
export const SECTION_NAMES: readonly SectionName[] = [
  'identity',
  'safeguarding',
  'sen',
  'attendance',
  'attainment',
  'behaviour',
  'medical',
  'parental',
  'objectives',
  'duration',
  'nextStep',
];

/** What people call each section: the task list, the section pages and the history all say these words. */
export const SECTION_TITLES: Readonly<Record<SectionName, string>> = {
  identity: 'Pupil details',
  safeguarding: 'Safeguarding',
  sen: 'Special educational needs',
  medical: 'Medical needs',
  attendance: 'Attendance',
  attainment: 'Attainment',
  behaviour: 'Behaviour',
  parental: 'Parent or carer',
  objectives: 'What the placement should achieve',
  duration: 'Length and hours',
  nextStep: 'Plan after the placement',
};

/** A section's title from its name or a field path within it ("sen.ehcpCaseworker"); unknown names as given. */
export const sectionTitle = (item: string): string => SECTION_TITLES[item.split('.')[0] as SectionName] ?? item;

export type SectionInput = { [K in SectionName]: Readonly<{ section: K; content: ReferralSections[K] }> }[SectionName];

export type MissingItem = Readonly<{ item: string; problem: 'missing' | 'out_of_date' | 'invalid'; detail?: string }>;

// §0 information-sharing completeness: attendance and attainment dated within the last 6 calendar months (month-end
// clamped), and not in the future.
const CURRENCY_MONTHS = 6;

/** Every missing or out-of-date item, by name, under the §0 information-sharing rule. Empty when submittable. */
export function missingItems(sections: Partial<ReferralSections>, today: IsoDate): MissingItem[] {
  const missing: MissingItem[] = [];
  const need = (ok: unknown, item: string, problem: MissingItem['problem'] = 'missing', detail?: string) => {
    if (!ok) missing.push(detail ? { item, problem, detail } : { item, problem });
  };
  const {
    identity,
    safeguarding,
    sen,
    attendance,
    attainment,
    behaviour,
    medical,
    parental,
    objectives,
    duration,
    nextStep,
  } = sections;
  need(identity, 'identity');
  if (identity) identityItems(identity, need);
  need(safeguarding, 'safeguarding');
  if (safeguarding) {
    need(safeguarding.dsl?.name, 'safeguarding.dsl');
    // §0: a social worker wherever there is a CP or CIN plan or the child is looked after.
    need(
      !(safeguarding.childProtectionPlan || safeguarding.childInNeedPlan || safeguarding.lookedAfter) ||
        safeguarding.socialWorker,
      'safeguarding.socialWorker',
    );
    need(!safeguarding.lookedAfter || safeguarding.virtualSchoolHead, 'safeguarding.virtualSchoolHead');
  }
  need(sen, 'sen');
  if (sen) need(sen.provision !== 'E' || sen.ehcpCaseworker, 'sen.ehcpCaseworker');
  const cutoff = addCalendarMonths(today, -CURRENCY_MONTHS);
  for (const [name, dated] of [
    ['attendance', attendance],
    ['attainment', attainment],
  ] as const) {
    need(dated, name);
    if (dated && dated.asOf > today) need(false, `${name}.asOf`, 'invalid', `dated ${dated.asOf}, in the future`);
    else if (dated)
      need(
        dated.asOf >= cutoff,
        `${name}.asOf`,
        'out_of_date',
        `recorded ${dated.asOf}; must be on or after ${cutoff}`,
      );
  }
  need(behaviour?.history, 'behaviour.history');
  need(behaviour && behaviour.interventionsTried.length > 0, 'behaviour.interventionsTried');
  need(medical, 'medical');
  need(parental?.contact?.name, 'parental.contact');
  need(parental?.consentGiven, 'parental.consentGiven');
  need(objectives && objectives.objectives.length > 0, 'objectives');
  need(duration, 'duration');
  need(nextStep?.plan, 'nextStep');
  return missing;
}

type Need = (ok: unknown, item: string, problem?: MissingItem['problem'], detail?: string) => void;

function identityItems(identity: ReferralSections['identity'], need: Need): void {
  if (identity.upn) {
    const upn = validateUpn(identity.upn);
    need(upn.valid, 'identity.upn', 'invalid', upn.valid ? undefined : upn.reason);
  } else {
    need(identity.noUpnReason, 'identity.upn');
  }
  need(identity.fullName, 'identity.fullName');
  need(identity.dateOfBirth, 'identity.dateOfBirth');
}

/** Counts towards the registration threshold on its own (§0 unregistered providers). */
export const isLookedAfterOrEhcp = (sections: Partial<ReferralSections>): boolean =>
  sections.safeguarding?.lookedAfter === true || sections.sen?.provision === 'E';
