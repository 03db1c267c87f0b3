import { ukLocalToUtc, type IsoDate } from '../calendar';
import type { Day6ExceptionRecorded, ParentNoticeGiven } from '../exclusion';
import { cancel, fired, isCurrent, schedule, startOfDayAfter, type DeadlineEvent } from './process';
import type { ProcessInput, ProcessManager } from './process';
import { reconcileDuties } from './day6-reconcile';
import { cancelAll } from './day6-deadlines';
import { evolveDay6, initialDay6State, type Day6Event, type Day6State, type DutyTimeline } from './day6.state';

export * from './day6.state';

type Out = Day6Event | DeadlineEvent;
type EventInput = Extract<ProcessInput, { kind: 'event' }>;
const HOURS_48 = 48 * 3600 * 1000;

/**
 * Day-6 provision (SI 2007/1870 as amended by SI 2014/3216; §0 day 6), one instance per duty holder and pupil
 * (`day6-<org>-<upn>`). Every event arrives with the holder's duties as they now stand (derived from the live
 * exclusions on the calendar as it now is): the process starts, moves, reopens or ends each duty's timeline to
 * match, then reacts to the event. Reminders on school days 3 and 5 (and day 1 for a looked-after child, §0),
 * a breach escalated to the LA at the start of day 6 unless full-time provision has started, reg 6 notices.
 */
export const day6Process: ProcessManager<Day6State, Day6Event> = {
  name: 'day6',
  initialState: initialDay6State,
  decide: (input, state) => (input.kind === 'deadline' ? onDeadline(input, state) : onEvent(input, state)),
  evolve: evolveDay6,
};

function onEvent(input: EventInput, state: Day6State): Out[] {
  const reconciled = input.duties ? reconcileDuties(input.duties, state) : [];
  const after = reconciled.reduce(evolveDay6, state);
  return [...reconciled, ...react(input, after)];
}

function react(input: EventInput, state: Day6State): Out[] {
  const { event } = input;
  switch (event.type) {
    case 'ReferralAccepted':
      return accepted(input, state);
    case 'PlacementStarted':
      return placementStarted(input, state);
    case 'Day6ExceptionRecorded':
      return exception(event.data as Day6ExceptionRecorded['data'], state);
    case 'ParentNoticeGiven':
      return parentNotice(event.data as ParentNoticeGiven['data'], state);
    default:
      return [];
  }
}

const live = (t: DutyTimeline | undefined): t is DutyTimeline =>
  t !== undefined && (t.status === 'open' || t.status === 'breached') && t.endedReason === undefined;

/** Full-time, or the EHC plan's hours under the reg 5 exception: part-time provision never meets the duty. */
const enough = (t: DutyTimeline, fullTime: boolean, hours: number | undefined): boolean =>
  fullTime || (t.planHours !== undefined && (hours ?? 0) >= t.planHours);

function accepted(input: EventInput, state: Day6State): Out[] {
  const d = input.event.data as { startDate: IsoDate; fullTime: boolean; hoursPerWeek?: number };
  // A later full-time acceptance replaces a part-time one: only full-time provision meets the duty.
  if (state.accepted?.fullTime || !Object.values(state.duties).some(live)) return [];
  const referralId = input.event.streamId.slice('referral-'.length);
  const hours = d.hoursPerWeek !== undefined ? { hoursPerWeek: d.hoursPerWeek } : {};
  return [
    { type: 'Day6PlacementAccepted', data: { referralId, startDate: d.startDate, fullTime: d.fullTime, ...hours } },
  ];
}

function placementStarted(input: EventInput, state: Day6State): Out[] {
  const started = input.event.data as { startedOn: IsoDate; fullTime: boolean; hoursPerWeek: number };
  const placementId = input.event.streamId.slice('placement-'.length);
  return Object.values(state.duties)
    .filter(live)
    .flatMap((t): Out[] => {
      const { dutyId, day6 } = t;
      const { startedOn } = started;
      if (!enough(t, started.fullTime, started.hoursPerWeek))
        return [
          { type: 'Day6PartTimeStarted', data: { dutyId, placementId, startedOn, hoursPerWeek: started.hoursPerWeek } },
        ];
      const notice = provisionNoticeCheck(t, state, startedOn);
      if (t.status === 'open' && startedOn <= day6)
        return [
          { type: 'Day6Met', data: { dutyId, placementId, startedOn, day6, fullTime: true } },
          ...notice,
          ...cancelAll(state, dutyId),
        ];
      // A late start seen before the day-6 check fired still records the breach first.
      return [
        ...(t.status === 'open' ? [breached(t, state)] : []),
        { type: 'Day6ProvisionStartedLate', data: { dutyId, placementId, startedOn, day6 } },
        ...notice,
        ...cancelAll(state, dutyId),
      ];
    });
}

function breached(t: DutyTimeline, state: Day6State): Out {
  const { dutyId, day6, responsible, escalateTo } = t;
  return {
    type: 'Day6Breached',
    data: { dutyId, day6, responsible, escalatedTo: escalateTo, placementAccepted: state.accepted !== undefined },
  };
}

/** Reg 6: a provision notice ≥ 48 hours before the start, unless the first gave the details or the parent waived it. */
function provisionNoticeCheck(t: DutyTimeline, state: Day6State, startedOn: IsoDate): Out[] {
  const notices = t.exclusionIds.map((id) => state.notices[id] ?? {});
  if (notices.some((n) => n.provisionDetailsGiven)) return [];
  const startsAt = ukLocalToUtc(startedOn, t.sessionTimes.morningStarts);
  const dueBy = new Date(Date.parse(startsAt) - HOURS_48).toISOString();
  const given = notices.filter((n) => n.provision !== undefined);
  if (given.some((n) => n.provision! <= dueBy || (n.parentWaived48Hours && startedOn < t.day6))) return [];
  return [{ type: 'ParentNoticeMissing', data: { dutyId: t.dutyId, kind: 'provision', dueBy } }];
}

function exception(d: Day6ExceptionRecorded['data'], state: Day6State): Out[] {
  const t = state.duties[d.dutyId];
  if (!live(t)) return [];
  // Reg 5: an EHC plan that specifies fewer hours is still a duty, measured against the plan; Y11 exams over ends it.
  if (d.exception === 'ehcp_fewer_hours' && d.planHours)
    return [{ type: 'Day6PlanHoursApplied', data: { dutyId: t.dutyId, planHours: d.planHours } }];
  return [
    { type: 'Day6TimelineClosed', data: { dutyId: t.dutyId, reason: `exception_${d.exception}` } },
    ...cancelAll(state, t.dutyId),
  ];
}

function parentNotice(d: ParentNoticeGiven['data'], state: Day6State): Out[] {
  const flags = {
    ...(d.provisionDetailsGiven ? { provisionDetailsGiven: true } : {}),
    ...(d.parentWaived48Hours ? { parentWaived48Hours: true } : {}),
  };
  const base = { exclusionId: d.exclusionId, kind: d.kind, givenAt: d.givenAt, ...flags };
  const concerned = Object.values(state.duties).filter((t) => t.firstNotice.exclusionId === d.exclusionId);
  if (d.kind !== 'first' || concerned.length === 0)
    return [{ type: 'ParentNoticeRecorded', data: { ...base, onTime: true } }];
  return concerned.flatMap((t): Out[] => [
    { type: 'ParentNoticeRecorded', data: { ...base, dutyId: t.dutyId, onTime: d.givenAt <= t.firstNotice.dueBy } },
    ...cancel(state, `${t.dutyId}:first-notice`),
  ]);
}

function onDeadline(input: Extract<ProcessInput, { kind: 'deadline' }>, state: Day6State): Out[] {
  const [dutyId, name] = input.name.split(':') as [string, string | undefined];
  const t = state.duties[dutyId];
  // Schema-1 timelines (named without a duty) are history: their deadlines only record that they fired.
  if (!isCurrent(state, input)) return [];
  if (!t || name === undefined) return [fired(input)];
  return [fired(input), ...dueNow(t, name, state)];
}

function dueNow(t: DutyTimeline, name: string, state: Day6State): Out[] {
  const { dutyId, day6, responsible } = t;
  const acceptedEnough =
    state.accepted !== undefined && enough(t, state.accepted.fullTime, state.accepted.hoursPerWeek);
  if (name.startsWith('reminder-')) {
    const schoolDay = Number(name.slice('reminder-'.length)) as 1 | 3 | 5;
    return acceptedEnough || t.status !== 'open'
      ? []
      : [{ type: 'Day6ReminderIssued', data: { dutyId, schoolDay, day6, responsible } }];
  }
  if (name === 'first-notice')
    return state.notices[t.firstNotice.exclusionId]?.first
      ? []
      : [{ type: 'ParentNoticeMissing', data: { dutyId, kind: 'first', dueBy: t.firstNotice.dueBy } }];
  if (t.status !== 'open') return [];
  // "On or before day 6": a full-time placement accepted to start on day 6 has until the end of that day.
  if (name === 'day6' && acceptedEnough && state.accepted!.startDate <= day6)
    return [
      schedule(`${dutyId}:day6-end`, startOfDayAfter(day6), 'A placement accepted to start by day 6 has not started'),
    ];
  return [breached(t, state)];
}
