import { fullTimeHours, isYearGroup } from '@ap/domain';
import type { SectionDefinition } from '../forms/question-fields';
import { yearGroupText } from '../words/codes';
import { SECTIONS } from './section-definitions';

/** The provider's answers to a referral, declared as questions (parsed by forms/questions.form.ts). */
const ACCEPT_FORM: SectionDefinition = {
  name: 'accept',
  title: 'Accept the referral',
  fields: [
    {
      kind: 'date',
      id: 'startDate',
      path: 'startDate',
      label: 'When will the pupil start?',
      hint: 'For example, 10 11 2025',
      required: 'Enter the date the pupil will start',
      inSentence: 'the start date',
    },
    {
      kind: 'number',
      id: 'hoursPerWeek',
      path: 'hoursPerWeek',
      label: 'How many hours a week?',
      required: 'Enter how many hours a week the pupil will attend',
      min: 0.5,
      max: 40,
      invalid: 'Hours a week must be a number between 0.5 and 40',
      suffix: 'hours',
    },
    {
      kind: 'yesno',
      id: 'partTime',
      label: 'Is this a part-time timetable?',
      hint: 'Fewer hours than full-time education. It must be temporary, agreed with the parent and reviewed.',
      required: 'Select yes if this is a part-time timetable',
      virtual: (c) => (c.partTime ? 'yes' : c.startDate ? 'no' : ''),
      conditional: {
        yes: [
          {
            kind: 'radios',
            id: 'partTimeReason',
            path: 'partTime.reason',
            label: 'Why is the timetable part time?',
            required: 'Select why the timetable is part time',
            options: [
              { value: 'medical', text: 'Medical or mental-health need' },
              { value: 'reintegration', text: 'Phased reintegration' },
              { value: 'phased_induction', text: 'Phased start at the provider' },
              { value: 'pupil_wellbeing', text: 'Pupil wellbeing' },
              { value: 'other', text: 'Another exceptional reason' },
            ],
          },
          {
            kind: 'textarea',
            id: 'partTimeDetail',
            path: 'partTime.detail',
            label: 'Give details',
            required: 'Give details of why the timetable is part time',
            maxLength: 2000,
          },
          {
            kind: 'yesno',
            id: 'parentalAgreement',
            path: 'partTime.parentalAgreement',
            label: 'Has the parent or carer agreed to the part-time timetable?',
            required: 'Select yes if the parent or carer has agreed',
            inline: true,
          },
          {
            kind: 'date',
            id: 'reviewDate',
            path: 'partTime.reviewDate',
            label: 'When will it be reviewed?',
            required: 'Enter the date the part-time timetable will be reviewed',
            inSentence: 'the review date',
          },
          {
            kind: 'date',
            id: 'endDate',
            path: 'partTime.endDate',
            label: 'When will it end?',
            required: 'Enter the date the part-time timetable will end',
            inSentence: 'the end date',
          },
        ],
      },
    },
  ],
};

/** §0 full-time benchmark: the hours that are full time for the pupil's year group (21 to 25 a week). */
export function fullTimeHint(yearGroup: unknown): string {
  const year = yearGroup === 'R' ? 'R' : Number(yearGroup);
  if (!isYearGroup(year)) return 'Full time is at least 21 to 25 hours a week, depending on the year group';
  return `Full time for ${yearGroupText(year)} is at least ${fullTimeHours(year)} hours a week`;
}

const acceptForm = (yearGroup: unknown): SectionDefinition => ({
  ...ACCEPT_FORM,
  fields: ACCEPT_FORM.fields.map((f) => (f.id === 'hoursPerWeek' ? { ...f, hint: fullTimeHint(yearGroup) } : f)),
});

/** Where the API's refusals of an acceptance belong on the form (the part-time rules name `timetable.partTime.*`). */
export const ACCEPT_REFUSALS = {
  hoursPerWeek: { href: '#hoursPerWeek' },
  startDate: { href: '#startDate-day' },
  'timetable.hoursPerWeek': { href: '#hoursPerWeek', field: 'hoursPerWeek' },
  'timetable.partTime.reason': { href: '#partTime', field: 'partTime' },
  'timetable.partTime.detail': { href: '#partTimeDetail', field: 'partTimeDetail' },
  'timetable.partTime.parentalAgreement': { href: '#parentalAgreement', field: 'parentalAgreement' },
  'timetable.partTime.reviewDate': { href: '#reviewDate-day', field: 'reviewDate' },
  'timetable.partTime.endDate': { href: '#endDate-day', field: 'endDate' },
  timetable: { href: '#partTime', field: 'partTime' },
} as const;

const declineForm = (referrer: string): SectionDefinition => ({
  name: 'decline',
  title: 'Decline the referral',
  fields: [
    {
      kind: 'textarea',
      id: 'reason',
      path: 'reason',
      label: 'Why are you declining the referral?',
      hint: `${capitalised(referrer)} will see this`,
      required: 'Enter why you are declining the referral',
      maxLength: 2000,
    },
  ],
});

const askForm = (referrer: string): SectionDefinition => ({
  name: 'ask',
  title: `Ask ${referrer} for more information`,
  fields: [
    {
      kind: 'checkboxes',
      id: 'items',
      path: 'items',
      label: 'What do you need more information about?',
      hint: 'Select all that apply',
      required: 'Select what you need more information about',
      options: SECTIONS.map((s) => ({ value: s.name, text: s.title })),
    },
    { kind: 'textarea', id: 'note', path: 'note', label: 'What do you need to know? (optional)', maxLength: 2000 },
  ],
});

export type ResponseAction = 'accept' | 'decline' | 'ask';

/** What the provider's pages know of the referral: who referred the pupil, and the pupil's year group. */
export type ResponseContext = Readonly<{ referrer?: string | null; yearGroup?: unknown }>;

/** The provider's response forms, each worded for this referral, with a button that names what it does. */
export function responseForm(
  action: string,
  context: ResponseContext,
): Readonly<{ definition: SectionDefinition; button: string }> | undefined {
  // The referrer is a school or the LA (it commissions provision itself): name them rather than assume a school.
  const referrer = context.referrer || 'the referrer';
  switch (action) {
    case 'accept':
      return { definition: acceptForm(context.yearGroup), button: 'Accept the referral' };
    case 'ask':
      return { definition: askForm(referrer), button: 'Send the request' };
    case 'decline':
      return { definition: declineForm(referrer), button: 'Decline the referral' };
    default:
      return undefined;
  }
}

const capitalised = (words: string): string => words.charAt(0).toUpperCase() + words.slice(1);
