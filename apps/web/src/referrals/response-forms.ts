import type { SectionDefinition } from '../forms/question-fields';
import { SECTIONS } from './section-definitions';

/** The provider's answers to a referral, declared as questions (parsed by forms/questions.form.ts). */
export const ACCEPT_FORM: SectionDefinition = {
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
      hint: 'Full-time is usually at least 25 hours a week',
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

export const DECLINE_FORM: SectionDefinition = {
  name: 'decline',
  title: 'Decline the referral',
  fields: [
    {
      kind: 'textarea',
      id: 'reason',
      path: 'reason',
      label: 'Why are you declining the referral?',
      hint: 'The school will see this',
      required: 'Enter why you are declining the referral',
      maxLength: 2000,
    },
  ],
};

export const ASK_FORM: SectionDefinition = {
  name: 'ask',
  title: 'Ask the school for more information',
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
};
