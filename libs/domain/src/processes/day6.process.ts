import { nthSchoolDay, type IsoDate } from '../calendar';
import type {
  Day6DutyArose,
  Day6DutyEnded,
  Day6ExceptionRecorded,
  ParentNoticeGiven,
  ResponsibleBody,
} from '../exclusion';
import type { Event } from '../shared';
import {
  cancel,
  evolveDeadlines,
  fired,
  isCurrent,
  schedule,
  startOf,
  startOfDayAfter,
  type DeadlineEvent,
  type PendingDeadlines,
  type ProcessInput,
  type ProcessManager,
} from './process';

type Open = Readonly<{
  periodId: string;
  upn: string;
  schoolUrn: string;
  responsible: ResponsibleBody;
  escalateTo: string;
  day1: IsoDate;
  day6: IsoDate;
}>;

export type Day6State = Readonly<{
  status: 'none' | 'open' | 'met' | 'breached' | 'closed';
  timeline?: Open;
  accepted?: Readonly<{ referralId: string; startDate: IsoDate; fullTime: boolean; hoursPerWeek?: number }>;
  firstNoticeAt?: string;
  provisionNoticeAt?: string;
  /** Set by the EHC-plan exception: provision meets the duty at these hours a week. */
  planHours?: number;
  deadlines: PendingDeadlines;
}>;

export type Day6Event =
  | Event<'Day6TimelineStarted', Open & { reminders: IsoDate[] }>
  | Event<'Day6PlacementAccepted', { referralId: string; startDate: IsoDate; fullTime: boolean; hoursPerWeek?: number }>
  | Event<'Day6ReminderIssued', { schoolDay: 3 | 5; day6: IsoDate; responsible: ResponsibleBody }>
  | Event<'Day6Met', { placementId: string; startedOn: IsoDate; day6: IsoDate; fullTime: boolean }>
  | Event<
      'Day6Breached',
      { day6: IsoDate; responsible: ResponsibleBody; escalatedTo: string; placementAccepted: boolean }
    >
  | Event<'Day6ProvisionStartedLate', { placementId: string; startedOn: IsoDate; day6: IsoDate }>
  | Event<'Day6TimelineClosed', { reason: string }>
  | Event<'Day6ResponsibleChanged', { responsible: ResponsibleBody; escalateTo: string }>
  | Event<'Day6PlanHoursApplied', { planHours: number }>
  | Event<'ParentNoticeRecorded', { kind: 'first' | 'provision'; givenAt: string; onTime: boolean }>
  | Event<'ParentNoticeMissing', { kind: 'first' | 'provision'; dueBy: string }>;

type Out = Day6Event | DeadlineEvent;
const REMINDERS = { 'reminder-day3': 3, 'reminder-day5': 5 } as const;
const HOURS_48 = 48 * 3600 * 1000;

/**
 * Day-6 provision (SI 2007/1870 as amended; §0): reminds the responsible body on school days 3 and 5 when no
 * placement is accepted, records a breach and escalates to the LA at the start of day 6 unless a full-time
 * placement has started, and checks the parent's written notices (reg 6: by the end of day 1; ≥48 h before start).
 */
export const day6Process: ProcessManager<Day6State, Day6Event> = {
  name: 'day6',
  initialState: () => ({ status: 'none', deadlines: {} }),
  decide: (input, state) => (input.kind === 'deadline' ? onDeadline(input, state) : onEvent(input, state)),
  evolve,
};

function onEvent(input: Extract<ProcessInput, { kind: 'event' }>, state: Day6State): Out[] {
  const { event } = input;
  switch (event.type) {
    case 'Day6DutyArose':
      return state.status === 'none' ? start(event.data as Day6DutyArose['data'], input) : [];
    case 'ReferralAccepted': {
      if (state.status !== 'open' || state.accepted) return [];
      const d = event.data as { startDate: IsoDate; fullTime: boolean; hoursPerWeek?: number };
      const referralId = event.streamId.slice('referral-'.length);
      const accepted = {
        referralId,
        startDate: d.startDate,
        fullTime: d.fullTime,
        ...(d.hoursPerWeek !== undefined ? { hoursPerWeek: d.hoursPerWeek } : {}),
      };
      return [{ type: 'Day6PlacementAccepted', data: accepted }, ...cancel(state, ...Object.keys(REMINDERS))];
    }
    case 'PlacementStarted':
      return placementStarted(input, state);
    case 'Day6DutyEnded': {
      if (state.status !== 'open' && state.status !== 'breached') return [];
      const { reason } = event.data as Day6DutyEnded['data'];
      return [{ type: 'Day6TimelineClosed', data: { reason } }, ...cancel(state, ...Object.keys(state.deadlines))];
    }
    case 'Day6ExceptionRecorded': {
      if (state.status !== 'open' && state.status !== 'breached') return [];
      const d = event.data as Day6ExceptionRecorded['data'];
      // Reg 5: an EHC plan that specifies fewer hours is still a duty, measured against the plan's hours; a Y11 pupil
      // whose exams are over has none.
      if (d.exception === 'ehcp_fewer_hours' && d.planHours)
        return [{ type: 'Day6PlanHoursApplied', data: { planHours: d.planHours } }];
      return [
        { type: 'Day6TimelineClosed', data: { reason: `exception_${d.exception}` } },
        ...cancel(state, ...Object.keys(state.deadlines)),
      ];
    }
    case 'ParentNoticeGiven':
      return parentNotice(event.data as ParentNoticeGiven['data'], state);
    case 'Day6ResponsibilityMoved': {
      if (state.status !== 'open' && state.status !== 'breached') return [];
      const { responsible } = event.data as { responsible: ResponsibleBody };
      return [{ type: 'Day6ResponsibleChanged', data: { responsible, escalateTo: responsible.organisationId } }];
    }
    default:
      return [];
  }
}

function start(d: Day6DutyArose['data'], input: Extract<ProcessInput, { kind: 'event' }>): Out[] {
  const day3 = nthSchoolDay(input.calendar, d.day1, 3);
  const day5 = nthSchoolDay(input.calendar, d.day1, 5);
  const escalateTo = d.responsible.kind === 'la' ? d.responsible.organisationId : d.schoolLaCode;
  return [
    {
      type: 'Day6TimelineStarted',
      data: {
        periodId: d.periodId,
        upn: d.upn,
        schoolUrn: d.schoolUrn,
        responsible: d.responsible,
        escalateTo,
        day1: d.day1,
        day6: d.day6,
        reminders: [day3, day5],
      },
    },
    schedule('reminder-day3', startOf(day3), 'Remind on school day 3 if no placement is accepted'),
    schedule('reminder-day5', startOf(day5), 'Remind on school day 5 if no placement is accepted'),
    schedule('day6', startOf(d.day6), 'Full-time provision must have started by day 6'),
    schedule('first-notice', startOfDayAfter(d.day1), 'Parent notice due by the end of day 1 (reg 6)'),
  ];
}

function placementStarted(input: Extract<ProcessInput, { kind: 'event' }>, state: Day6State): Out[] {
  if (!state.timeline || (state.status !== 'open' && state.status !== 'breached')) return [];
  const started = input.event.data as { startedOn: IsoDate; fullTime: boolean; hoursPerWeek: number };
  const { startedOn } = started;
  const fullTime = started.fullTime || (state.planHours !== undefined && started.hoursPerWeek >= state.planHours);
  const placementId = input.event.streamId.slice('placement-'.length);
  const { day6 } = state.timeline;
  const notice = provisionNoticeCheck(state, startedOn);
  if (state.status === 'breached' || startedOn > day6) {
    // A late start processed before the day-6 check fired still records the breach first.
    const breach: Out[] = state.status === 'open' ? [breached(state)] : [];
    return [
      ...breach,
      { type: 'Day6ProvisionStartedLate', data: { placementId, startedOn, day6 } },
      ...notice,
      ...cancel(state, ...DAY6_CHECKS),
    ];
  }
  // Met on or before day 6; a part-time start is recorded as such (Day6Met.fullTime = false) and the duty stays unmet in full.
  return [
    { type: 'Day6Met', data: { placementId, startedOn, day6, fullTime } },
    ...notice,
    ...(fullTime ? cancel(state, 'reminder-day3', 'reminder-day5', ...DAY6_CHECKS) : []),
  ];
}

const DAY6_CHECKS = ['day6', 'day6-end'];

function breached(state: Day6State): Out {
  const t = state.timeline!;
  return {
    type: 'Day6Breached',
    data: {
      day6: t.day6,
      responsible: t.responsible,
      escalatedTo: t.escalateTo,
      placementAccepted: state.accepted !== undefined,
    },
  };
}

function provisionNoticeCheck(state: Day6State, startedOn: IsoDate): Out[] {
  const dueBy = new Date(Date.parse(startOf(startedOn)) - HOURS_48).toISOString();
  if (state.provisionNoticeAt && state.provisionNoticeAt <= dueBy) return [];
  return [{ type: 'ParentNoticeMissing', data: { kind: 'provision', dueBy } }];
}

function parentNotice(d: ParentNoticeGiven['data'], state: Day6State): Out[] {
  if (!state.timeline) return [];
  const onTime = d.kind === 'first' ? d.givenAt < startOfDayAfter(state.timeline.day1) : true;
  return [
    { type: 'ParentNoticeRecorded', data: { kind: d.kind, givenAt: d.givenAt, onTime } },
    ...(d.kind === 'first' ? cancel(state, 'first-notice') : []),
  ];
}

function onDeadline(input: Extract<ProcessInput, { kind: 'deadline' }>, state: Day6State): Out[] {
  if (!isCurrent(state, input) || !state.timeline) return [];
  const t = state.timeline;
  if (input.name in REMINDERS) {
    const reminder: Out[] = state.accepted
      ? []
      : [
          {
            type: 'Day6ReminderIssued',
            data: {
              schoolDay: REMINDERS[input.name as keyof typeof REMINDERS],
              day6: t.day6,
              responsible: t.responsible,
            },
          },
        ];
    return [fired(input), ...reminder];
  }
  if (input.name === 'first-notice') {
    return [
      fired(input),
      ...(state.firstNoticeAt
        ? []
        : [{ type: 'ParentNoticeMissing' as const, data: { kind: 'first' as const, dueBy: input.dueAt } }]),
    ];
  }
  if (state.status !== 'open') return [fired(input)];
  // "On or before day 6": at the start of day 6 a full-time placement accepted to start that day still has the
  // day to begin; it is checked again at the end of day 6. Otherwise the duty is breached now.
  const enough =
    state.accepted &&
    (state.accepted.fullTime ||
      (state.planHours !== undefined && (state.accepted.hoursPerWeek ?? 0) >= state.planHours));
  const startsOnDay6 = enough === true && state.accepted!.startDate <= t.day6;
  if (input.name === 'day6' && startsOnDay6) {
    return [
      fired(input),
      schedule('day6-end', startOfDayAfter(t.day6), 'A placement accepted to start by day 6 has not started'),
    ];
  }
  return [fired(input), breached(state)];
}

function evolve(state: Day6State, event: Out): Day6State {
  const next = evolveDeadlines(state, event);
  switch (event.type) {
    case 'Day6TimelineStarted': {
      const { reminders: _r, ...timeline } = event.data;
      return { ...next, status: 'open', timeline };
    }
    case 'Day6PlacementAccepted':
      return { ...next, accepted: event.data };
    case 'Day6Met':
      return event.data.fullTime ? { ...next, status: 'met' } : next;
    case 'Day6Breached':
      return { ...next, status: 'breached' };
    case 'Day6ProvisionStartedLate':
      return { ...next, status: 'closed' };
    case 'Day6TimelineClosed':
      return { ...next, status: 'closed' };
    case 'Day6PlanHoursApplied':
      return { ...next, planHours: event.data.planHours };
    case 'Day6ResponsibleChanged':
      return next.timeline
        ? {
            ...next,
            timeline: { ...next.timeline, responsible: event.data.responsible, escalateTo: event.data.escalateTo },
          }
        : next;
    case 'ParentNoticeRecorded':
      return event.data.kind === 'first'
        ? { ...next, firstNoticeAt: event.data.givenAt }
        : { ...next, provisionNoticeAt: event.data.givenAt };
    default:
      return next;
  }
}
