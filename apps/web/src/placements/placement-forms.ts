import type { SectionDefinition } from '../forms/question-fields';

/** What a provider records on a placement, declared as questions; `api` is the route each posts to. */
export type PlacementAction = Readonly<{ definition: SectionDefinition; api: string; button: string }>;

const date = (id: string, label: string, required: string, inSentence: string) =>
  ({ kind: 'date', id, path: id, label, hint: 'For example, 10 11 2025', required, inSentence }) as const;

export const PLACEMENT_ACTIONS: Readonly<Record<string, PlacementAction>> = {
  start: {
    api: '/placements/{id}/start',
    button: 'Record the start',
    definition: {
      name: 'start',
      title: 'Record that the pupil started',
      fields: [date('startedOn', 'When did the pupil start?', 'Enter the date the pupil started', 'the start date')],
    },
  },
  meeting: {
    api: '/placements/{id}/induction/meeting',
    button: 'Save',
    definition: {
      name: 'meeting',
      title: 'Induction meeting',
      fields: [
        date(
          'heldOn',
          'When was the meeting held?',
          'Enter the date of the induction meeting',
          'the date of the meeting',
        ),
        {
          kind: 'checkboxes',
          id: 'attendees',
          path: 'attendees',
          label: 'Who attended?',
          required: 'Select who attended the meeting',
          options: [
            { value: 'pupil', text: 'The pupil' },
            { value: 'parent_or_carer', text: 'Parent or carer' },
            { value: 'school', text: 'The school' },
            { value: 'social_worker', text: 'Social worker' },
            { value: 'provider', text: 'The provider' },
            { value: 'virtual_school', text: 'The virtual school' },
          ],
        },
      ],
    },
  },
  baseline: {
    api: '/placements/{id}/induction/baselines',
    button: 'Save',
    definition: {
      name: 'baseline',
      title: 'Baseline assessment',
      fields: [
        {
          kind: 'radios',
          id: 'area',
          path: 'area',
          label: 'Which area was assessed?',
          required: 'Select the area assessed',
          options: [
            { value: 'literacy', text: 'Literacy' },
            { value: 'numeracy', text: 'Numeracy' },
            { value: 'social_emotional', text: 'Social and emotional' },
          ],
        },
        date('assessedOn', 'When was it assessed?', 'Enter the date of the assessment', 'the date of the assessment'),
        {
          kind: 'textarea',
          id: 'result',
          path: 'result',
          label: 'Result',
          required: 'Enter the result of the assessment',
          maxLength: 4000,
        },
      ],
    },
  },
  needs: {
    api: '/placements/{id}/induction/needs',
    button: 'Save',
    definition: {
      name: 'needs',
      title: 'Needs identified',
      fields: [
        {
          kind: 'lines',
          id: 'needs',
          path: 'needs',
          label: 'What needs did the induction identify?',
          hint: 'Put each need on its own line',
          required: 'Enter at least one need',
        },
      ],
    },
  },
  voice: {
    api: '/placements/{id}/induction/voice',
    button: 'Save',
    definition: {
      name: 'voice',
      title: 'Pupil and family voice',
      fields: [
        {
          kind: 'textarea',
          id: 'pupilVoice',
          path: 'pupilVoice',
          label: 'What does the pupil say?',
          required: 'Enter what the pupil says',
          maxLength: 4000,
        },
        {
          kind: 'textarea',
          id: 'familyVoice',
          path: 'familyVoice',
          label: 'What does the family say?',
          required: 'Enter what the family says',
          maxLength: 4000,
        },
      ],
    },
  },
  plan: {
    api: '/placements/{id}/induction/plan',
    button: 'Save',
    definition: {
      name: 'plan',
      title: 'Agreed plan',
      fields: [
        date(
          'agreedOn',
          'When was the plan agreed?',
          'Enter the date the plan was agreed',
          'the date the plan was agreed',
        ),
        {
          kind: 'lines',
          id: 'targets',
          path: 'targets',
          label: 'Targets',
          hint: 'Put each target on its own line',
          required: 'Enter at least one target',
        },
      ],
    },
  },
  review: {
    api: '/placements/{id}/reviews',
    button: 'Save the review',
    definition: {
      name: 'review',
      title: 'Record a review',
      fields: [
        date('heldOn', 'When was the review held?', 'Enter the date of the review', 'the date of the review'),
        {
          kind: 'number',
          id: 'attendancePercent',
          path: 'attendancePercent',
          label: 'Attendance since the last review',
          hint: 'As a percentage',
          required: 'Enter the attendance as a percentage',
          min: 0,
          max: 100,
          invalid: 'Attendance must be a number between 0 and 100',
          suffix: '%',
        },
        {
          kind: 'textarea',
          id: 'progress',
          path: 'progress',
          label: 'Progress against the objectives',
          required: 'Enter the progress against the objectives',
          maxLength: 4000,
        },
        {
          kind: 'text',
          id: 'englishAttainment',
          path: 'englishAttainment',
          label: 'English: current working level (optional)',
          maxLength: 200,
        },
        {
          kind: 'text',
          id: 'mathsAttainment',
          path: 'mathsAttainment',
          label: 'Maths: current working level (optional)',
          maxLength: 200,
        },
        {
          kind: 'textarea',
          id: 'pupilView',
          path: 'pupilView',
          label: "The pupil's view",
          required: "Enter the pupil's view",
          maxLength: 4000,
        },
        {
          kind: 'textarea',
          id: 'parentView',
          path: 'parentView',
          label: "The parent or carer's view",
          required: "Enter the parent or carer's view",
          maxLength: 4000,
        },
        date(
          'nextReviewDate',
          'When is the next review?',
          'Enter the date of the next review',
          'the date of the next review',
        ),
      ],
    },
  },
};
