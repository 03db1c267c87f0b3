import type { SchoolCalendar } from '../calendar';
import type { Event } from '../shared';
import type { ObservedEvent, PendingDeadlines, ProcessInput, ProcessManager } from './process';

/** Feeds inputs through a process manager the way the worker does, returning every event it recorded. */
export function runProcess<S extends { deadlines: PendingDeadlines }, E extends Event>(
  process: ProcessManager<S, E>,
  inputs: readonly ProcessInput[],
): { state: S; events: Event[] } {
  let state = process.initialState();
  const events: Event[] = [];
  for (const input of inputs) {
    const produced = process.decide(input, state);
    events.push(...produced);
    state = produced.reduce(process.evolve, state);
  }
  return { state, events };
}

export const observed = (
  streamId: string,
  type: string,
  data: object,
  recordedAt = '2025-11-03T09:00:00.000Z',
): ObservedEvent => ({
  id: `${streamId}:${type}:${recordedAt}`,
  streamId,
  type,
  data: data as Record<string, unknown>,
  recordedAt,
});

export const eventInput = (calendar: SchoolCalendar, now: string, event: ObservedEvent): ProcessInput => ({
  kind: 'event',
  event,
  calendar,
  now,
});

/** A deadline as the poller delivers it, at `now`. */
export const dueInput = (
  calendar: SchoolCalendar,
  state: { deadlines: PendingDeadlines },
  name: string,
  now: string,
): ProcessInput => ({
  kind: 'deadline',
  name,
  dueAt: state.deadlines[name] ?? '1970-01-01T00:00:00.000Z',
  now,
});
