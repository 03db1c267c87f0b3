import { sectionNamed } from './sections/section-definitions';

/** What each item the API says is missing asks the user to do, in GOV.UK error-message style. */
const MESSAGES: Readonly<Record<string, string>> = {
  identity: 'Complete the pupil details',
  'identity.upn': "Enter the pupil's UPN, or why they do not have one",
  'identity.fullName': "Enter the pupil's full name",
  'identity.dateOfBirth': "Enter the pupil's date of birth",
  safeguarding: 'Complete the safeguarding section',
  'safeguarding.dsl': 'Enter the designated safeguarding lead',
  'safeguarding.socialWorker':
    "Enter the social worker's details: the pupil has a child protection or child in need plan",
  'safeguarding.virtualSchoolHead': "Enter the virtual school head's details: the pupil is looked after",
  sen: 'Complete the special educational needs section',
  'sen.ehcpCaseworker': "Enter the EHC plan caseworker's details",
  attendance: "Enter the pupil's attendance",
  'attendance.asOf': 'Update the attendance figure: it must have been taken in the last 6 months',
  attainment: "Enter the pupil's attainment",
  'attainment.asOf': 'Update the attainment: the assessment must be from the last 6 months',
  'behaviour.history': "Enter the pupil's behaviour history",
  'behaviour.interventionsTried': 'Enter at least one thing the school has tried',
  medical: 'Enter the pupil\'s medical needs, or "None known"',
  'parental.contact': 'Enter the parent or carer',
  'parental.consentGiven': 'The parent or carer must agree to the referral before you send it',
  objectives: 'Enter what the placement should achieve',
  duration: 'Enter how long the placement should last and its hours',
  nextStep: 'Enter the plan after the placement',
};

export type MissingItem = Readonly<{ item: string; problem: string; detail?: string }>;

/** A missing item as an error-summary entry linking to the question on its section's form. */
export function missingItemLink(referralId: string, missing: MissingItem): { text: string; href: string } {
  const section = missing.item.split('.')[0]!;
  const anchor = sectionNamed(section)?.anchors?.[missing.item] ?? sectionNamed(section)?.fields[0]?.id ?? '';
  const text =
    MESSAGES[missing.item] ??
    (missing.problem === 'invalid'
      ? `Check ${missing.item}: ${missing.detail ?? 'it is not valid'}`
      : `Complete ${missing.item}`);
  return { text, href: `/referrals/${referralId}/sections/${section}${anchor ? `#${anchor}` : ''}` };
}
