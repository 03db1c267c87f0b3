import type { IsoDate } from '../calendar';
import type { Day6Duty, ResponsibleBody } from '../exclusion';
import type { Event } from '../shared';
import { evolveDeadlines, type DeadlineEvent, type PendingDeadlines } from './process';

/** What a timeline keeps of its duty (§0 day 6): dates, holder, the exclusions it covers, the reg 6 notice due. */
export type TimelineFacts = Omit<Day6Duty, 'schoolLaCode' | 'yearGroup' | 'ehcPlan'>;

/** One duty's timeline inside the duty holder's process for one pupil (`day6-<org>-<upn>`). */
export type DutyTimeline = Readonly<
  TimelineFacts & {
    status: 'open' | 'met' | 'breached' | 'closed';
    /** Why it ended, where it ended after a breach or a met start: the outcome stays on the record. */
    endedReason?: string;
    /** Reg 5: an EHC plan specifying fewer hours makes those hours the measure. */
    planHours?: number;
  }
>;

export type Accepted = Readonly<{ referralId: string; startDate: IsoDate; fullTime: boolean; hoursPerWeek?: number }>;
export type Notices = Readonly<{
  first?: string;
  provision?: string;
  provisionDetailsGiven?: boolean;
  parentWaived48Hours?: boolean;
}>;

export type Day6State = Readonly<{
  duties: Readonly<Record<string, DutyTimeline>>;
  accepted?: Accepted;
  notices: Readonly<Record<string, Notices>>;
  deadlines: PendingDeadlines;
}>;

type Ref = { dutyId: string };

export type Day6Event =
  | Event<'Day6TimelineStarted', TimelineFacts>
  | Event<'Day6TimelineMoved', TimelineFacts & { reopened: boolean }>
  /** Written once by the schema-1 migration: a timeline that already had its outcome. */
  | Event<'Day6TimelineCarriedOver', TimelineFacts & { status: 'met' | 'breached' | 'closed'; from: string }>
  | Event<'Day6PlacementAccepted', Accepted>
  | Event<'Day6ReminderIssued', Ref & { schoolDay: 1 | 3 | 5; day6: IsoDate; responsible: ResponsibleBody }>
  | Event<'Day6Met', Ref & { placementId: string; startedOn: IsoDate; day6: IsoDate; fullTime: true }>
  | Event<'Day6PartTimeStarted', Ref & { placementId: string; startedOn: IsoDate; hoursPerWeek: number }>
  | Event<
      'Day6Breached',
      Ref & { day6: IsoDate; responsible: ResponsibleBody; escalatedTo: string; placementAccepted: boolean }
    >
  | Event<'Day6ProvisionStartedLate', Ref & { placementId: string; startedOn: IsoDate; day6: IsoDate }>
  | Event<'Day6TimelineClosed', Ref & { reason: string }>
  | Event<'Day6PlanHoursApplied', Ref & { planHours: number }>
  | Event<
      'ParentNoticeRecorded',
      Partial<Ref> & { exclusionId: string; kind: 'first' | 'provision'; givenAt: string; onTime: boolean } & Notices
    >
  | Event<'ParentNoticeMissing', Ref & { kind: 'first' | 'provision'; dueBy: string }>;

export const initialDay6State = (): Day6State => ({ duties: {}, notices: {}, deadlines: {} });

const withDuty = (state: Day6State, dutyId: string, change: (t: DutyTimeline) => DutyTimeline): Day6State => {
  const timeline = state.duties[dutyId];
  return timeline ? { ...state, duties: { ...state.duties, [dutyId]: change(timeline) } } : state;
};

export function evolveDay6(state: Day6State, event: Day6Event | DeadlineEvent): Day6State {
  const next = evolveDeadlines(state, event);
  switch (event.type) {
    case 'Day6TimelineStarted':
      return { ...next, duties: { ...next.duties, [event.data.dutyId]: { ...event.data, status: 'open' } } };
    case 'Day6TimelineCarriedOver': {
      const { from: _from, ...timeline } = event.data;
      return { ...next, duties: { ...next.duties, [timeline.dutyId]: { ...timeline, endedReason: 'carried_over' } } };
    }
    case 'Day6TimelineMoved': {
      const { reopened, ...facts } = event.data;
      return withDuty(next, facts.dutyId, (t) => ({ ...t, ...facts, ...(reopened ? { status: 'open' } : {}) }));
    }
    case 'Day6PlacementAccepted':
      return { ...next, accepted: event.data };
    case 'Day6Met':
      return withDuty(next, event.data.dutyId, (t) => ({ ...t, status: 'met' }));
    case 'Day6Breached':
      return withDuty(next, event.data.dutyId, (t) => ({ ...t, status: 'breached' }));
    case 'Day6ProvisionStartedLate':
      return withDuty(next, event.data.dutyId, (t) => ({ ...t, endedReason: 'provision_started_late' }));
    case 'Day6TimelineClosed':
      // A breach or a met start that happened stays on the record; only an open duty becomes closed.
      return withDuty(next, event.data.dutyId, (t) =>
        t.status === 'open'
          ? { ...t, status: 'closed', endedReason: event.data.reason }
          : { ...t, endedReason: event.data.reason },
      );
    case 'Day6PlanHoursApplied':
      return withDuty(next, event.data.dutyId, (t) => ({ ...t, planHours: event.data.planHours }));
    case 'ParentNoticeRecorded': {
      const { exclusionId, kind, givenAt, provisionDetailsGiven, parentWaived48Hours } = event.data;
      const notices: Notices = {
        ...next.notices[exclusionId],
        [kind]: givenAt,
        ...(provisionDetailsGiven ? { provisionDetailsGiven } : {}),
        ...(parentWaived48Hours ? { parentWaived48Hours } : {}),
      };
      return { ...next, notices: { ...next.notices, [exclusionId]: notices } };
    }
    default:
      return next;
  }
}

/** The facts of a derived duty as the timeline keeps them. */
export const timelineFacts = (duty: Day6Duty, dutyId = duty.dutyId): TimelineFacts => ({
  dutyId,
  upn: duty.upn,
  schoolUrn: duty.schoolUrn,
  responsible: duty.responsible,
  escalateTo: duty.escalateTo,
  exclusionIds: duty.exclusionIds,
  day1: duty.day1,
  reminders: duty.reminders,
  day6: duty.day6,
  lookedAfter: duty.lookedAfter,
  firstNotice: duty.firstNotice,
  sessionTimes: duty.sessionTimes,
});
