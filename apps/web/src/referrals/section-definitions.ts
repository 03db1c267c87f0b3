import { SECTION_TITLES } from '@ap/domain';
import type { Field, Option, SectionDefinition } from '../forms/question-fields';

const YEAR_GROUPS: Option[] = [
  { value: 'R', text: 'Reception' },
  ...Array.from({ length: 14 }, (_, i) => ({ value: String(i + 1), text: `Year ${i + 1}` })),
];

const SEN_NEED_TYPES: Option[] = [
  { value: 'SPLD', text: 'Specific learning difficulty' },
  { value: 'MLD', text: 'Moderate learning difficulty' },
  { value: 'SLD', text: 'Severe learning difficulty' },
  { value: 'PMLD', text: 'Profound and multiple learning difficulty' },
  { value: 'SEMH', text: 'Social, emotional and mental health' },
  { value: 'SLCN', text: 'Speech, language and communication needs' },
  { value: 'HI', text: 'Hearing impairment' },
  { value: 'VI', text: 'Visual impairment' },
  { value: 'MSI', text: 'Multi-sensory impairment' },
  { value: 'PD', text: 'Physical disability' },
  { value: 'ASD', text: 'Autistic spectrum disorder' },
  { value: 'DS', text: 'Down syndrome' },
  { value: 'OTH', text: 'Other difficulty or disability' },
  { value: 'NSA', text: 'SEN support but no specialist assessment of type of need' },
];

/** A person to contact: name (required), phone and email. */
function contact(prefix: string, path: string, label: string, required: string): Field[] {
  return [
    {
      kind: 'text',
      id: `${prefix}-name`,
      path: `${path}.name`,
      label: `${label}: full name`,
      required,
      maxLength: 200,
      autocomplete: 'off',
      spellcheck: false,
    },
    {
      kind: 'text',
      id: `${prefix}-phone`,
      path: `${path}.phone`,
      label: `${label}: phone number (optional)`,
      maxLength: 50,
      width: 'govuk-input--width-20',
      inputType: 'tel',
      autocomplete: 'off',
    },
    {
      kind: 'text',
      id: `${prefix}-email`,
      path: `${path}.email`,
      label: `${label}: email address (optional)`,
      maxLength: 200,
      inputType: 'email',
      autocomplete: 'off',
      spellcheck: false,
    },
  ];
}

export const SECTIONS: readonly SectionDefinition[] = [
  {
    name: 'identity',
    title: SECTION_TITLES.identity,
    fields: [
      {
        kind: 'text',
        id: 'fullName',
        path: 'fullName',
        label: 'Full name',
        required: "Enter the pupil's full name",
        maxLength: 200,
        autocomplete: 'off',
        spellcheck: false,
      },
      {
        kind: 'date',
        id: 'dateOfBirth',
        path: 'dateOfBirth',
        label: 'Date of birth',
        hint: 'For example, 27 3 2012',
        required: "Enter the pupil's date of birth",
        inSentence: 'date of birth',
      },
      {
        kind: 'yesno',
        id: 'hasUpn',
        label: 'Does the pupil have a unique pupil number (UPN)?',
        required: 'Select yes if the pupil has a UPN',
        virtual: (c) => (c.upn ? 'yes' : c.noUpnReason ? 'no' : ''),
        inline: false,
        conditional: {
          yes: [
            {
              kind: 'text',
              id: 'upn',
              path: 'upn',
              label: 'UPN',
              hint: '13 characters, for example B801200005001',
              required: "Enter the pupil's UPN",
              width: 'govuk-input--width-20',
              transform: 'upper',
              spellcheck: false,
              pattern: {
                regex: /^[A-Z0-9]{13}$/,
                message: 'UPN must be 13 characters, starting with a letter, for example B801200005001',
              },
            },
          ],
          no: [
            {
              kind: 'textarea',
              id: 'noUpnReason',
              path: 'noUpnReason',
              label: 'Why does the pupil not have a UPN?',
              hint: 'For example, they have newly arrived in England',
              required: 'Enter why the pupil does not have a UPN',
              maxLength: 500,
            },
          ],
        },
      },
      {
        kind: 'select',
        id: 'yearGroup',
        path: 'yearGroup',
        label: 'Year group',
        required: "Select the pupil's year group",
        options: YEAR_GROUPS,
        toValue: (v) => (v === 'R' ? 'R' : Number(v)),
      },
      {
        kind: 'text',
        id: 'homeLaCode',
        path: 'homeLaCode',
        label: 'Home local authority code',
        hint: 'The 3-digit code of the local authority the pupil lives in, for example 201',
        required: "Enter the pupil's home local authority code",
        width: 'govuk-input--width-5',
        pattern: { regex: /^\d{3}$/, message: 'Home local authority code must be 3 digits, for example 201' },
      },
    ],
    anchors: { 'identity.upn': 'hasUpn', 'identity.fullName': 'fullName', 'identity.dateOfBirth': 'dateOfBirth-day' },
  },
  {
    name: 'safeguarding',
    title: SECTION_TITLES.safeguarding,
    fields: [
      ...contact('dsl', 'dsl', 'Designated safeguarding lead', 'Enter the name of the designated safeguarding lead'),
      {
        kind: 'yesno',
        id: 'childProtectionPlan',
        path: 'childProtectionPlan',
        label: 'Does the pupil have a child protection plan?',
        required: 'Select yes if the pupil has a child protection plan',
        inline: true,
      },
      {
        kind: 'yesno',
        id: 'childInNeedPlan',
        path: 'childInNeedPlan',
        label: 'Does the pupil have a child in need plan?',
        required: 'Select yes if the pupil has a child in need plan',
        inline: true,
      },
      {
        kind: 'yesno',
        id: 'hasSocialWorker',
        label: 'Does the pupil have a social worker?',
        hint: 'A pupil with a child protection or child in need plan has one',
        required: 'Select yes if the pupil has a social worker',
        virtual: (c) => (c.socialWorker ? 'yes' : c.dsl ? 'no' : ''),
        conditional: {
          yes: contact('socialWorker', 'socialWorker', 'Social worker', "Enter the social worker's full name"),
        },
      },
      {
        kind: 'yesno',
        id: 'lookedAfter',
        path: 'lookedAfter',
        label: 'Is the pupil looked after by a local authority?',
        required: 'Select yes if the pupil is looked after',
        conditional: {
          yes: contact(
            'virtualSchoolHead',
            'virtualSchoolHead',
            'Virtual school head',
            "Enter the virtual school head's full name",
          ),
        },
      },
      {
        kind: 'textarea',
        id: 'riskAssessment',
        path: 'riskAssessment',
        label: 'Risks to the pupil or others (optional)',
        hint: 'Summarise the risk assessment, if there is one',
        maxLength: 4000,
      },
    ],
    anchors: {
      'safeguarding.dsl': 'dsl-name',
      'safeguarding.socialWorker': 'hasSocialWorker',
      'safeguarding.virtualSchoolHead': 'lookedAfter',
    },
  },
  {
    name: 'sen',
    title: SECTION_TITLES.sen,
    fields: [
      {
        kind: 'radios',
        id: 'provision',
        path: 'provision',
        label: 'What special educational needs provision does the pupil have?',
        required: "Select the pupil's special educational needs provision",
        options: [
          { value: 'N', text: 'No special educational needs' },
          { value: 'K', text: 'SEN support' },
          { value: 'E', text: 'Education, health and care (EHC) plan' },
        ],
        conditional: {
          E: contact(
            'ehcpCaseworker',
            'ehcpCaseworker',
            'EHC plan caseworker',
            "Enter the EHC plan caseworker's full name",
          ),
        },
      },
      {
        kind: 'select',
        id: 'primaryNeed',
        path: 'primaryNeed',
        label: 'Primary type of need (optional)',
        options: [{ value: '', text: 'Not known or none' }, ...SEN_NEED_TYPES],
      },
    ],
    anchors: { 'sen.ehcpCaseworker': 'provision' },
  },
  {
    name: 'medical',
    title: SECTION_TITLES.medical,
    fields: [
      {
        kind: 'textarea',
        id: 'needs',
        path: 'needs',
        label: 'What medical needs does the pupil have?',
        hint: 'Include medication and care plans. Write "None known" if there are none.',
        required: 'Enter the pupil\'s medical needs, or "None known"',
        maxLength: 4000,
      },
    ],
    anchors: { medical: 'needs' },
  },
  {
    name: 'attendance',
    title: SECTION_TITLES.attendance,
    description: 'The figure must have been taken in the last 6 months.',
    fields: [
      {
        kind: 'number',
        id: 'percent',
        path: 'percent',
        label: 'Attendance this school year',
        hint: 'As a percentage, for example 82.5',
        required: "Enter the pupil's attendance as a percentage",
        min: 0,
        max: 100,
        invalid: 'Attendance must be a number between 0 and 100',
        suffix: '%',
      },
      {
        kind: 'date',
        id: 'asOf',
        path: 'asOf',
        label: 'Date the attendance figure was taken',
        hint: 'For example, 3 11 2025',
        required: 'Enter the date the attendance figure was taken',
        inSentence: 'the date the attendance figure was taken',
      },
    ],
    anchors: { attendance: 'percent', 'attendance.asOf': 'asOf-day' },
  },
  {
    name: 'attainment',
    title: SECTION_TITLES.attainment,
    description: 'The assessment must be from the last 6 months.',
    fields: [
      {
        kind: 'textarea',
        id: 'summary',
        path: 'summary',
        label: "Summary of the pupil's attainment",
        required: "Enter a summary of the pupil's attainment",
        maxLength: 4000,
      },
      {
        kind: 'text',
        id: 'english',
        path: 'english',
        label: 'English: current working level (optional)',
        hint: 'For example, GCSE grade 4 or working towards the expected standard',
        maxLength: 200,
      },
      { kind: 'text', id: 'maths', path: 'maths', label: 'Maths: current working level (optional)', maxLength: 200 },
      {
        kind: 'date',
        id: 'asOf',
        path: 'asOf',
        label: 'Date of the assessment',
        hint: 'For example, 3 11 2025',
        required: 'Enter the date of the assessment',
        inSentence: 'the date of the assessment',
      },
    ],
    anchors: { attainment: 'summary', 'attainment.asOf': 'asOf-day' },
  },
  {
    name: 'behaviour',
    title: SECTION_TITLES.behaviour,
    fields: [
      {
        kind: 'textarea',
        id: 'history',
        path: 'history',
        label: "The pupil's behaviour history",
        hint: 'Include exclusions and what led to them',
        required: "Enter the pupil's behaviour history",
        maxLength: 4000,
      },
      {
        kind: 'lines',
        id: 'interventionsTried',
        path: 'interventionsTried',
        label: 'What has the school tried?',
        hint: 'Put each intervention on its own line',
        required: 'Enter at least one thing the school has tried',
      },
    ],
    anchors: { 'behaviour.history': 'history', 'behaviour.interventionsTried': 'interventionsTried' },
  },
  {
    name: 'parental',
    title: SECTION_TITLES.parental,
    fields: [
      ...contact('contact', 'contact', 'Parent or carer', "Enter the parent or carer's full name"),
      {
        kind: 'yesno',
        id: 'consentGiven',
        path: 'consentGiven',
        label: 'Has the parent or carer agreed to the referral?',
        hint: 'They must agree before you send it',
        required: 'Select yes if the parent or carer has agreed to the referral',
        inline: true,
      },
    ],
    anchors: { 'parental.contact': 'contact-name', 'parental.consentGiven': 'consentGiven' },
  },
  {
    name: 'objectives',
    title: SECTION_TITLES.objectives,
    fields: [
      {
        kind: 'lines',
        id: 'objectives',
        path: 'objectives',
        label: 'What should the placement achieve?',
        hint: 'Put each objective on its own line',
        required: 'Enter at least one thing the placement should achieve',
      },
    ],
    anchors: { objectives: 'objectives' },
  },
  {
    name: 'duration',
    title: SECTION_TITLES.duration,
    fields: [
      {
        kind: 'number',
        id: 'intendedWeeks',
        path: 'intendedWeeks',
        label: 'How many weeks should the placement last?',
        required: 'Enter how many weeks the placement should last',
        integer: true,
        min: 1,
        max: 104,
        invalid: 'Weeks must be a whole number between 1 and 104',
        suffix: 'weeks',
      },
      {
        kind: 'number',
        id: 'hoursPerWeek',
        path: 'hoursPerWeek',
        label: 'How many hours a week?',
        hint: 'Full-time is usually at least 25 hours a week',
        required: 'Enter how many hours a week',
        min: 0.5,
        max: 40,
        invalid: 'Hours a week must be a number between 0.5 and 40',
        suffix: 'hours',
      },
    ],
    anchors: { duration: 'intendedWeeks' },
  },
  {
    name: 'nextStep',
    title: SECTION_TITLES.nextStep,
    fields: [
      {
        kind: 'textarea',
        id: 'plan',
        path: 'plan',
        label: 'What is the plan after the placement?',
        hint: 'For example, a return to school, a move to a special school or to college',
        required: 'Enter the plan after the placement',
        maxLength: 4000,
      },
    ],
    anchors: { nextStep: 'plan' },
  },
];

export const sectionNamed = (name: string): SectionDefinition | undefined => SECTIONS.find((s) => s.name === name);

/** The task list's groups (GOV.UK task list pattern). */
export const TASK_GROUPS: ReadonlyArray<Readonly<{ heading: string; sections: readonly string[] }>> = [
  { heading: 'About the pupil', sections: ['identity', 'safeguarding', 'sen', 'medical'] },
  { heading: 'Education', sections: ['attendance', 'attainment', 'behaviour'] },
  { heading: 'The placement', sections: ['parental', 'objectives', 'duration', 'nextStep'] },
];
