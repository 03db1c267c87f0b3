import { placementStatusTag } from '../words/codes';
import { longDate } from '../words/dates';

export type PlacementView = Readonly<{
  placementId: string;
  referralId: string;
  status: string;
  startDate: string;
  startedOn?: string;
  fullTime: boolean;
  timetable: Readonly<{ hoursPerWeek: number; partTime?: Readonly<{ reviewDate: string; endDate: string }> }>;
  nextReviewDate?: string;
  reviewIds?: readonly string[];
  induction: Readonly<{
    status: string;
    meetingHeldOn?: string;
    baselines?: Readonly<Record<string, string>>;
    needsIdentified?: boolean;
    voiceRecorded?: boolean;
    planAgreedOn?: string;
    completedOn?: string;
  }>;
}>;

type Task = Readonly<{ action: string; title: string; due: string; done: boolean; doneText?: string }>;

const BASELINES: Readonly<Record<string, string>> = {
  literacy: 'Literacy',
  numeracy: 'Numeracy',
  social_emotional: 'Social and emotional',
};

/**
 * A placement's page: its state, the induction tasks with when each is due (counted in the school's days from the
 * start: meeting within 5, baselines within 10, the agreed plan within 15) and what the provider can record next.
 */
export function presentPlacement(p: PlacementView, pupil: string, isProvider: boolean) {
  const started = p.status === 'active' || p.status === 'ended';
  const i = p.induction;
  const baselines = Object.keys(i.baselines ?? {});
  const tasks: Task[] = started
    ? [
        {
          action: 'meeting',
          title: 'Induction meeting',
          due: 'Within 5 school days of the start',
          done: Boolean(i.meetingHeldOn),
          doneText: i.meetingHeldOn && `Held ${longDate(i.meetingHeldOn)}`,
        },
        {
          action: 'baseline',
          title: 'Baseline assessments (literacy, numeracy, social and emotional)',
          due: 'Within 10 school days of the start',
          done: baselines.length === 3,
          doneText: baselines.length ? `Done: ${baselines.map((b) => BASELINES[b] ?? b).join(', ')}` : undefined,
        },
        {
          action: 'needs',
          title: 'Needs identified',
          due: 'Within 10 school days of the start',
          done: Boolean(i.needsIdentified),
        },
        {
          action: 'voice',
          title: 'Pupil and family voice',
          due: 'Within 10 school days of the start',
          done: Boolean(i.voiceRecorded),
        },
        {
          action: 'plan',
          title: 'Agreed plan with targets',
          due: 'Within 15 school days of the start',
          done: Boolean(i.planAgreedOn),
          doneText: i.planAgreedOn && `Agreed ${longDate(i.planAgreedOn)}`,
        },
      ]
    : [];
  return {
    pupil,
    status: placementStatusTag(p.status),
    facts: [
      { key: { text: started ? 'Started' : 'Due to start' }, value: { text: longDate(p.startedOn ?? p.startDate) } },
      {
        key: { text: 'Hours a week' },
        value: {
          text: `${p.timetable.hoursPerWeek}${p.fullTime ? ' (full time)' : ` (part time until ${longDate(p.timetable.partTime?.endDate ?? p.startDate)}, reviewed by ${longDate(p.timetable.partTime?.reviewDate ?? p.startDate)})`}`,
        },
      },
      ...(p.nextReviewDate ? [{ key: { text: 'Next review' }, value: { text: longDate(p.nextReviewDate) } }] : []),
      { key: { text: 'Reviews recorded' }, value: { text: String(p.reviewIds?.length ?? 0) } },
    ],
    inductionComplete: i.status === 'completed',
    tasks: tasks.map((t) => ({
      title: { text: t.title },
      hint: { text: t.done ? (t.doneText ?? 'Done') : t.doneText ? `${t.doneText}. ${t.due}` : t.due },
      href: isProvider && !t.done ? `/placements/${p.placementId}/record/${t.action}` : undefined,
      status: t.done ? { text: 'Completed' } : { tag: { text: 'To do', classes: 'govuk-tag--blue' } },
    })),
    canStart: p.status === 'planned',
    canReview: p.status === 'active',
  };
}
