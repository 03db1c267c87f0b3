import { addSchoolDays, type IsoDate } from '../calendar';
import { BASELINE_AREAS, type BaselineArea } from '../induction';
import type { PlacementEvent, Timetable } from '../placement';
import type { Event } from '../shared';
import {
  cancel,
  evolveDeadlines,
  fired,
  isCurrent,
  schedule,
  startOfDayAfter,
  today,
  type DeadlineEvent,
  type PendingDeadlines,
  type ProcessInput,
  type ProcessManager,
  timelinesFor,
} from './process';
import type { TimelineSettings } from './timelines.settings';

export type PlacementTimelinesState = Readonly<{
  escalateTo?: string;
  timetable?: Timetable;
  partTimeSince?: IsoDate;
  baselines: readonly BaselineArea[];
  partTimeLimitFired?: boolean;
  ended: boolean;
  deadlines: PendingDeadlines;
}>;

type Step = 'meeting' | 'baseline' | 'plan';
export type PlacementTimelineEvent =
  | Event<'PlacementTimelinesStarted', { escalateTo: string; timetable: Timetable }>
  | Event<'InductionStepOverdue', { step: Step; dueBy: IsoDate; escalatedTo: string }>
  | Event<'PlacementReviewOverdue', { dueBy: IsoDate; escalatedTo: string }>
  | Event<'PartTimeReviewOverdue', { dueBy: IsoDate; escalatedTo: string }>
  | Event<
      'PartTimeTimetableEscalated',
      { reason: 'thirty_school_days' | 'end_date_passed'; partTimeSince: IsoDate; dueBy: IsoDate; escalatedTo: string }
    >
  | Event<'PartTimeTimetableChanged', { partTime: boolean; since: IsoDate }>
  | Event<'TimetableNoted', { timetable: Timetable }>
  | Event<'BaselineNoted', { area: BaselineArea }>
  | Event<'PlacementTimelinesClosed', { reason: string }>
  | Event<'PlacementOverran', { plannedEndDate: IsoDate; escalatedTo: string }>;

type Out = PlacementTimelineEvent | DeadlineEvent;
type Input = Extract<ProcessInput, { kind: 'event' }>;
const induction = (t: TimelineSettings): ReadonlyArray<[Step, number]> => [
  ['meeting', t.inductionMeeting],
  ['baseline', t.inductionBaseline],
  ['plan', t.inductionPlan],
];

/**
 * Induction (meeting within 5 school days of the start, baseline 10, plan 15), reviews every 30 school days (or the
 * date set at the last review), and part-time timetables (reviewed at least every 10 school days, escalated past 30
 * school days or their end date). Each overdue item is recorded and escalated to the commissioner's LA.
 */
export const placementTimelinesProcess: ProcessManager<PlacementTimelinesState, PlacementTimelineEvent> = {
  name: 'placementtimelines',
  initialState: () => ({ baselines: [], ended: false, deadlines: {} }),
  decide: (input, state) =>
    input.kind === 'deadline' ? onDeadline(input, state) : state.ended ? [] : onEvent(input, state),
  evolve,
};

const data = <K extends PlacementEvent['type']>(input: Input) =>
  input.event.data as Extract<PlacementEvent, { type: K }>['data'];
const after = (input: Input, from: IsoDate, n: number) => startOfDayAfter(addSchoolDays(input.calendar, from, n));

function onEvent(input: Input, state: PlacementTimelinesState): Out[] {
  switch (input.event.type) {
    case 'PlacementCreated': {
      const d = data<'PlacementCreated'>(input);
      return state.escalateTo
        ? []
        : [
            {
              type: 'PlacementTimelinesStarted',
              data: {
                escalateTo: d.commissioner.laCode,
                timetable: d.fullTime ? { hoursPerWeek: d.timetable.hoursPerWeek } : d.timetable,
              },
            },
            ...plannedEnd(d.plannedEndDate),
          ];
    }
    case 'PlacementExtended':
      return plannedEnd(data<'PlacementExtended'>(input).plannedEndDate);
    case 'PlacementStarted': {
      const start = data<'PlacementStarted'>(input).startedOn;
      const inductionSteps = induction(timelinesFor(input)).map(([step, n]) =>
        schedule(`induction-${step}`, after(input, start, n), `Induction ${step} within ${n} school days of the start`),
      );
      const partTime: Out[] = state.timetable?.partTime
        ? [
            { type: 'PartTimeTimetableChanged', data: { partTime: true, since: start } },
            ...partTimeFrom(input, state.timetable, start),
          ]
        : [];
      return [
        ...inductionSteps,
        schedule(
          'review',
          after(input, start, timelinesFor(input).placementReview),
          'Placement review every 30 school days',
        ),
        ...partTime,
      ];
    }
    case 'PlacementReviewed': {
      const d = data<'PlacementReviewed'>(input);
      const partTime = state.timetable?.partTime
        ? [
            schedule(
              'parttime-review',
              after(input, d.heldOn, timelinesFor(input).partTimeReview),
              'Part-time timetable reviewed every 10 school days',
            ),
          ]
        : [];
      // §0 placement review: the date set at the review, but never later than the LA's review interval.
      const set = startOfDayAfter(d.nextReviewDate);
      const cap = after(input, d.heldOn, timelinesFor(input).placementReview);
      return [
        schedule(
          'review',
          set < cap ? set : cap,
          set < cap ? 'The review date set at the last review' : 'The LA’s review interval, earlier than the date set',
        ),
        ...partTime,
      ];
    }
    case 'PlacementHoursChanged': {
      const d = data<'PlacementHoursChanged'>(input);
      const wasPartTime = state.timetable?.partTime !== undefined;
      const noted: Out = { type: 'TimetableNoted', data: { timetable: d.timetable } };
      if (d.fullTime)
        return [
          noted,
          ...(wasPartTime
            ? [{ type: 'PartTimeTimetableChanged' as const, data: { partTime: false, since: d.effectiveFrom } }]
            : []),
          ...cancel(state, 'parttime-review', 'parttime-limit'),
        ];
      if (!wasPartTime) {
        return [
          noted,
          { type: 'PartTimeTimetableChanged', data: { partTime: true, since: d.effectiveFrom } },
          ...partTimeFrom(input, d.timetable, d.effectiveFrom),
        ];
      }
      // Still part-time: the review clock runs on; only a new end date moves the limit, and a limit that has
      // already fired is not armed again for the same spell.
      const endMoved = d.timetable.partTime?.endDate !== state.timetable?.partTime?.endDate;
      if (!endMoved || state.partTimeLimitFired) return [noted];
      return [
        noted,
        ...partTimeFrom(input, d.timetable, state.partTimeSince ?? d.effectiveFrom).filter(
          (e) => e.type === 'DeadlineScheduled' && e.data.name === 'parttime-limit',
        ),
      ];
    }
    case 'PlacementEnded':
      return [
        { type: 'PlacementTimelinesClosed', data: { reason: data<'PlacementEnded'>(input).reason } },
        ...cancel(state, ...Object.keys(state.deadlines)),
      ];
    case 'InductionMeetingHeld':
      return cancel(state, 'induction-meeting');
    case 'BaselineAssessed': {
      const area = (input.event.data as { area: BaselineArea }).area;
      if (state.baselines.includes(area)) return [];
      const all = BASELINE_AREAS.every((a) => a === area || state.baselines.includes(a));
      return [{ type: 'BaselineNoted', data: { area } }, ...(all ? cancel(state, 'induction-baseline') : [])];
    }
    case 'InductionPlanAgreed':
      return cancel(state, 'induction-plan');
    default:
      return [];
  }
}

/** A placement still open after its planned end (v1 placements have none) has overrun: an overdue item for the LA. */
const plannedEnd = (date: IsoDate | undefined): Out[] =>
  date ? [schedule('planned-end', startOfDayAfter(date), 'The placement’s planned end')] : [];

/** §1.6: a part-time timetable is time-limited: review every 10 school days, escalate after 30 or at its end date. */
function partTimeFrom(input: Input, timetable: Timetable | undefined, since: IsoDate): Out[] {
  const partTime = timetable?.partTime;
  if (!partTime) return [];
  const thirty = after(input, since, timelinesFor(input).partTimeEscalation);
  const end = startOfDayAfter(partTime.endDate);
  // Reviewed at least every 10 school days; the review date agreed with the parents is honoured when earlier.
  const tenDays = after(input, since, timelinesFor(input).partTimeReview);
  const agreed = startOfDayAfter(partTime.reviewDate);
  return [
    schedule(
      'parttime-review',
      agreed < tenDays ? agreed : tenDays,
      agreed < tenDays ? 'The part-time review date agreed' : 'Part-time timetable reviewed every 10 school days',
    ),
    schedule(
      'parttime-limit',
      end < thirty ? end : thirty,
      end < thirty ? 'The part-time end date' : 'Part-time for 30 school days',
    ),
  ];
}

function onDeadline(input: Extract<ProcessInput, { kind: 'deadline' }>, state: PlacementTimelinesState): Out[] {
  if (!isCurrent(state, input)) return [];
  const dueBy = today(new Date(Date.parse(input.dueAt) - 1).toISOString());
  const escalatedTo = state.escalateTo ?? '';
  if (input.name.startsWith('induction-')) {
    return [
      fired(input),
      {
        type: 'InductionStepOverdue',
        data: { step: input.name.slice('induction-'.length) as Step, dueBy, escalatedTo },
      },
    ];
  }
  switch (input.name) {
    case 'review':
      return [fired(input), { type: 'PlacementReviewOverdue', data: { dueBy, escalatedTo } }];
    case 'parttime-review':
      return [fired(input), { type: 'PartTimeReviewOverdue', data: { dueBy, escalatedTo } }];
    case 'planned-end':
      return [fired(input), { type: 'PlacementOverran', data: { plannedEndDate: dueBy, escalatedTo } }];
    case 'parttime-limit': {
      const endPassed = state.timetable?.partTime && dueBy >= state.timetable.partTime.endDate;
      return [
        fired(input),
        {
          type: 'PartTimeTimetableEscalated',
          data: {
            reason: endPassed ? 'end_date_passed' : 'thirty_school_days',
            partTimeSince: state.partTimeSince ?? dueBy,
            // The day it fell due (the dashboard showed the day it was recorded).
            dueBy,
            escalatedTo,
          },
        },
      ];
    }
    default:
      return [fired(input)];
  }
}

function evolve(state: PlacementTimelinesState, event: Out): PlacementTimelinesState {
  const next = evolveDeadlines(state, event);
  switch (event.type) {
    case 'PlacementTimelinesStarted':
      return { ...next, escalateTo: event.data.escalateTo, timetable: event.data.timetable };
    case 'TimetableNoted':
      return { ...next, timetable: event.data.timetable };
    case 'BaselineNoted':
      return { ...next, baselines: [...next.baselines, event.data.area] };
    case 'PartTimeTimetableChanged':
      return { ...next, partTimeSince: event.data.partTime ? event.data.since : undefined, partTimeLimitFired: false };
    case 'DeadlineFired':
      return event.data.name === 'parttime-limit' ? { ...next, partTimeLimitFired: true } : next;
    case 'PlacementTimelinesClosed':
      return { ...next, ended: true };
    default:
      return next;
  }
}
