import type { Day6Duty } from '../exclusion';
import { cancel, schedule, startOf, type DeadlineCancelled, type DeadlineScheduled } from './process';
import type { Day6State, DutyTimeline } from './day6.state';

export const cancelAll = (state: Day6State, dutyId: string): DeadlineCancelled[] =>
  cancel(state, ...Object.keys(state.deadlines).filter((n) => n.startsWith(`${dutyId}:`)));

/** The deadlines of a duty's timeline, named `<dutyId>:<name>` (scheduling again replaces). */
export function timelineDeadlines(
  duty: Pick<Day6Duty | DutyTimeline, 'dutyId' | 'reminders' | 'lookedAfter' | 'day1' | 'day6' | 'firstNotice'>,
  state: Day6State,
): DeadlineScheduled[] {
  const { dutyId } = duty;
  return [
    ...duty.reminders.map(({ schoolDay, date }) =>
      schedule(
        `${dutyId}:reminder-${schoolDay}`,
        startOf(date),
        `Remind on school day ${schoolDay} if no placement is accepted`,
      ),
    ),
    ...(duty.lookedAfter
      ? [schedule(`${dutyId}:reminder-1`, startOf(duty.day1), 'Looked after: provision expected from day 1')]
      : []),
    schedule(`${dutyId}:day6`, startOf(duty.day6), 'Full-time provision must have started by day 6'),
    ...(state.notices[duty.firstNotice.exclusionId]?.first
      ? []
      : [
          schedule(
            `${dutyId}:first-notice`,
            duty.firstNotice.dueBy,
            'Parent notice due by the end of the afternoon session of the first day excluded (reg 6)',
          ),
        ]),
  ];
}
