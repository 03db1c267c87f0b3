import type { PostedBody } from '../forms/form-result';

/** The deadlines an LA may set for itself (§0 "Default deadlines (configurable per LA)"), as the page names them. */
export const TIMELINE_SETTINGS = [
  {
    key: 'providerResponse',
    label: 'Provider response',
    hint: 'From a referral being sent to the provider accepting or declining it',
  },
  {
    key: 'informationRequest',
    label: 'Information request',
    hint: 'From a provider asking for more information to the school answering',
  },
  { key: 'inductionMeeting', label: 'Induction meeting', hint: 'From the start of a placement' },
  { key: 'inductionBaseline', label: 'Baseline assessments', hint: 'From the start of a placement' },
  { key: 'inductionPlan', label: 'Agreed induction plan', hint: 'From the start of a placement' },
  { key: 'placementReview', label: 'Placement review', hint: 'Between one review of a placement and the next' },
  { key: 'partTimeReview', label: 'Part-time timetable review', hint: 'Between reviews of a part-time timetable' },
  {
    key: 'partTimeEscalation',
    label: 'Part-time timetable escalation',
    hint: 'From the start of a part-time timetable to it being escalated to you',
  },
  {
    key: 'reintegrationFollowUp',
    label: 'Reintegration follow-up',
    hint: 'From a pupil returning to school to checking the return has lasted',
  },
] as const;

export type TimelineKey = (typeof TIMELINE_SETTINGS)[number]['key'];

/** Where an error about the settings as a whole links: the first setting's field. */
export const FIRST_SETTING_HREF = `#${TIMELINE_SETTINGS[0].key}`;

/** Deadlines set in law: shown so officers know they apply, with the reason they cannot be changed here. */
export const STATUTORY_DEADLINES: ReadonlyArray<readonly [string, string, string]> = [
  [
    'Full-time education after an exclusion',
    'By the sixth school day of the exclusion (from the first day for a looked-after child)',
    'Set in law by the Education Act 1996 section 19(3A) and SI 2007/1870 (as amended by SI 2014/3216)',
  ],
  // REFERENCE §1.2: the head's notice of the exclusion itself is the School Discipline Regulations' (without delay);
  // §1.1: regulation 6 of SI 2007/1870 is the notice of the education from day 6, and its 48-hour follow-up.
  [
    'Parents told of the exclusion in writing',
    'Without delay, with the reasons and their right to make representations',
    'Set in law by the School Discipline (Pupil Exclusions and Reviews) (England) Regulations 2012',
  ],
  [
    'Parents told in writing of the education arranged from day 6',
    'By the end of the afternoon session on the first day of the exclusion',
    'Set in law by SI 2007/1870 regulation 6 (as substituted in 2012)',
  ],
  [
    'Parents told the details of that education, if the first notice did not give them',
    'At least 48 hours before it starts (the parent may waive this if it starts before day 6)',
    'Set in law by SI 2007/1870 regulation 6 (as substituted in 2012)',
  ],
  [
    'Governing board considers a permanent exclusion',
    'Within 15 school days of the notice',
    'Set in law by the School Discipline (Pupil Exclusions and Reviews) (England) Regulations 2012',
  ],
  [
    'Suspensions from one school',
    'No more than 45 school days in a school year',
    'Set in law by the Education Act 2002 section 51A',
  ],
];

type Answer = Readonly<{
  own: Readonly<Record<string, number>>;
  effective: Readonly<Record<TimelineKey, number>>;
  defaults: Readonly<Record<TimelineKey, number>>;
  version: number;
}>;

const days = (n: number) => `${n} school ${n === 1 ? 'day' : 'days'}`;

/**
 * The settings page: the statutory deadlines (read-only, with why) and the LA's own, as a table for everyone and
 * as inputs for an officer. `typed` is what the officer posted, shown again beside its errors.
 */
export function presentSettings(answer: Answer, typed?: PostedBody) {
  return {
    version: answer.version,
    statutory: STATUTORY_DEADLINES.map(([name, when, why]) => [{ text: name }, { text: when }, { text: why }]),
    own: TIMELINE_SETTINGS.map(({ key, label }) => [
      { text: label },
      { text: days(answer.effective[key]), format: 'numeric' },
      {
        text:
          key in answer.own && answer.own[key] !== answer.defaults[key]
            ? `Set by your local authority (default ${days(answer.defaults[key])})`
            : 'Default',
      },
    ]),
    fields: TIMELINE_SETTINGS.map(({ key, label, hint }) => ({
      key,
      label,
      hint: `${hint}. Default ${days(answer.defaults[key])}.`,
      value: typed && typeof typed[key] === 'string' ? (typed[key] as string) : String(answer.effective[key]),
    })),
  };
}
