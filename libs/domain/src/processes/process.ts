import type { IsoDate, SchoolCalendar } from '../calendar';
import { addCalendarDays } from '../calendar';
import type { Day6Duty } from '../exclusion';
import type { Event } from '../shared';
import { DEFAULT_TIMELINES, type TimelineSettings } from './timelines.settings';

/** A committed domain event as a process manager sees it. */
export type ObservedEvent = Readonly<{
  id: string;
  streamId: string;
  type: string;
  data: Readonly<Record<string, unknown>>;
  recordedAt: string;
}>;

/** What a process manager reacts to: an event from the log, or one of its own deadlines coming due. */
export type ProcessInput =
  | Readonly<{
      kind: 'event';
      event: ObservedEvent;
      calendar: SchoolCalendar;
      now: string;
      settings?: TimelineSettings;
      /** Day 6 of the pupil's open exclusion period, where there is one (consecutive suspensions included). */
      dutyDay6?: IsoDate;
      /** For the day-6 process: the duties its holder has for the pupil now, derived from the exclusions. */
      duties?: readonly Day6Duty[];
    }>
  | Readonly<{ kind: 'deadline'; name: string; dueAt: string; now: string }>;

export type DeadlineScheduled = Event<'DeadlineScheduled', { name: string; dueAt: string; reason: string }>;
export type DeadlineCancelled = Event<'DeadlineCancelled', { name: string }>;
export type DeadlineFired = Event<'DeadlineFired', { name: string; dueAt: string; firedAt: string }>;
export type DeadlineEvent = DeadlineScheduled | DeadlineCancelled | DeadlineFired;

/** The deadlines a process has pending, by name, with when each is due. */
export type PendingDeadlines = Readonly<Record<string, string>>;

export type ProcessManager<S extends { deadlines: PendingDeadlines }, E extends Event> = Readonly<{
  /** The stream category of its instances, e.g. `day6` for `day6-<id>`. */
  name: string;
  initialState: () => S;
  decide: (input: ProcessInput, state: S) => Array<E | DeadlineEvent>;
  evolve: (state: S, event: E | DeadlineEvent) => S;
}>;

/**
 * Deadlines fall due at the start of a school day (UTC midnight; within an hour of UK midnight), so "day 6 has
 * begun" or "the third school day has passed" is a date comparison a person can check by hand.
 */
export const startOf = (date: IsoDate): string => `${date}T00:00:00.000Z`;
export const startOfDayAfter = (date: IsoDate): string => startOf(addCalendarDays(date, 1));

export const schedule = (name: string, dueAt: string, reason: string): DeadlineScheduled => ({
  type: 'DeadlineScheduled',
  data: { name, dueAt, reason },
});
export const cancel = (state: { deadlines: PendingDeadlines }, ...names: string[]): DeadlineCancelled[] =>
  names.filter((n) => state.deadlines[n] !== undefined).map((name) => ({ type: 'DeadlineCancelled', data: { name } }));

/** The deadline firing is current only if it is still pending with that due time: late, repeated or cancelled ones change nothing. */
export const isCurrent = (
  state: { deadlines: PendingDeadlines },
  input: Extract<ProcessInput, { kind: 'deadline' }>,
): boolean => state.deadlines[input.name] === input.dueAt && input.now >= input.dueAt;

export const fired = (input: Extract<ProcessInput, { kind: 'deadline' }>): DeadlineFired => ({
  type: 'DeadlineFired',
  data: { name: input.name, dueAt: input.dueAt, firedAt: input.now },
});

export function evolveDeadlines<S extends { deadlines: PendingDeadlines }>(state: S, event: Event): S {
  switch (event.type) {
    case 'DeadlineScheduled': {
      const { name, dueAt } = (event as DeadlineScheduled).data;
      return { ...state, deadlines: { ...state.deadlines, [name]: dueAt } };
    }
    case 'DeadlineCancelled':
    case 'DeadlineFired': {
      const { [(event as DeadlineCancelled).data.name]: _gone, ...rest } = state.deadlines;
      return { ...state, deadlines: rest };
    }
    default:
      return state;
  }
}

export const isDeadlineEvent = (event: Event): event is DeadlineEvent =>
  event.type === 'DeadlineScheduled' || event.type === 'DeadlineCancelled' || event.type === 'DeadlineFired';

export const today = (now: string): IsoDate => now.slice(0, 10);

/** The deadlines in school days that apply: the responsible LA's settings, or the §0 defaults. */
export const timelinesFor = (input: Extract<ProcessInput, { kind: 'event' }>): TimelineSettings =>
  input.settings ?? DEFAULT_TIMELINES;
