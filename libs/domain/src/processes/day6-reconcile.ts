import type { Day6Duty } from '../exclusion';
import { cancel, type DeadlineEvent } from './process';
import { cancelAll, timelineDeadlines } from './day6-deadlines';
import { timelineFacts, type Day6Event, type Day6State, type DutyTimeline } from './day6.state';

type Out = Day6Event | DeadlineEvent;

/** Key order is not kept by the store (jsonb), so facts are compared with their keys sorted. */
const stable = (value: unknown): string =>
  JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([x], [y]) => x.localeCompare(y)))
      : v,
  );
const same = (a: unknown, b: unknown) => stable(a) === stable(b);
const active = (t: DutyTimeline) => t.endedReason === undefined && t.status !== 'closed';

/**
 * Brings the timelines in line with the duties as they now stand. A duty keeps its timeline when it keeps its id or
 * shares an exclusion with a timeline whose duty has gone (a cancelled first suspension renames the run, it does
 * not start a new duty). New duties start; moved ones (an earlier suspension recorded late, a calendar published
 * since) move day 6 and every reminder; a duty that no longer arises ends, and a breach already recorded stays.
 */
export function reconcileDuties(duties: readonly Day6Duty[], state: Day6State): Out[] {
  const ids = new Set(duties.map((d) => d.dutyId));
  // A timeline carried over from schema 1 may be named after another exclusion of its run: it is heir to it too.
  const orphans = Object.values(state.duties).filter(
    (t) => !ids.has(t.dutyId) && (active(t) || t.endedReason === 'carried_over'),
  );
  const claimed = new Set<string>();
  const out: Out[] = [];
  for (const duty of duties) {
    const heir = state.duties[duty.dutyId]
      ? undefined
      : orphans.find((t) => !claimed.has(t.dutyId) && t.exclusionIds.some((id) => duty.exclusionIds.includes(id)));
    if (heir) claimed.add(heir.dutyId);
    out.push(...follow(duty, heir?.dutyId ?? duty.dutyId, state));
  }
  for (const gone of orphans.filter((t) => !claimed.has(t.dutyId) && active(t)))
    out.push(
      { type: 'Day6TimelineClosed', data: { dutyId: gone.dutyId, reason: 'duty_no_longer_arises' } },
      ...cancelAll(state, gone.dutyId),
    );
  return out;
}

function follow(duty: Day6Duty, dutyId: string, state: Day6State): Out[] {
  const facts = timelineFacts(duty, dutyId);
  const known = state.duties[dutyId];
  if (!known) return [{ type: 'Day6TimelineStarted', data: facts }, ...timelineDeadlines(facts, state)];
  const reopened = known.status === 'closed' && known.endedReason === 'duty_no_longer_arises';
  const { status: _s, endedReason: _e, planHours: _p, ...current } = known;
  if (same(current, facts) && !reopened) return [];
  if (!reopened && known.status !== 'open') return [];
  const stale = Object.keys(state.deadlines).filter(
    (n) =>
      n.startsWith(`${dutyId}:reminder-`) && !facts.reminders.some((r) => n === `${dutyId}:reminder-${r.schoolDay}`),
  );
  // Only deadlines still pending, or whose date moved, are scheduled again: a reminder that fired stays fired.
  const before = new Map(timelineDeadlines(known, state).map((e) => [e.data.name, e.data.dueAt]));
  const due = timelineDeadlines(facts, state).filter((e) => {
    const pending = state.deadlines[e.data.name];
    return reopened || (pending !== undefined ? pending !== e.data.dueAt : before.get(e.data.name) !== e.data.dueAt);
  });
  return [
    { type: 'Day6TimelineMoved', data: { ...facts, reopened } },
    ...cancel(state, ...stale, `${dutyId}:day6-end`),
    ...due,
  ];
}
