import { assertNever, IllegalStateError, RuleViolationError } from '../shared';
import type * as C from './cafe.commands';
import { CAFE_REASONS, type CafeEvent } from './cafe.events';
import type { CafeState } from './cafe.state';

export function decideCafe(command: C.CafeCommand, state: CafeState): CafeEvent[] {
  switch (command.type) {
    case 'RecordCafeReview':
      return record(command, state);
    case 'CompleteCafeAction':
      return complete(command, state);
    default:
      return assertNever(command);
  }
}

const rule = (ok: boolean, code: string, message: string, field: string, extra: Record<string, unknown> = {}) => {
  if (!ok) throw new RuleViolationError(code, message, { field, ...extra });
};
const filled = (values: readonly string[]) => values.map((v) => v.trim()).filter((v) => v.length > 0);

function record(command: C.RecordCafeReview, state: CafeState): CafeEvent[] {
  if (state.status !== 'none') return [];
  const d = command.data;
  rule(d.heldOn <= command.metadata.now.slice(0, 10), 'REVIEW_IN_FUTURE', 'Record the review once held', 'heldOn');
  rule(filled(d.attendees).length > 0, 'ATTENDEES_REQUIRED', 'Name who attended', 'attendees');
  rule(
    d.reasons.every((r) => r in CAFE_REASONS),
    'CAFE_REASON_INVALID',
    'Unknown reason',
    'reasons',
  );
  rule(
    filled(d.recommendations).length + d.actions.length > 0,
    'RECOMMENDATIONS_REQUIRED',
    'Record at least one recommendation or action',
    'recommendations',
  );
  const bad = d.actions.filter((a) => !a.description.trim() || !a.owner.trim() || a.dueDate < d.heldOn);
  rule(
    bad.length === 0,
    'ACTION_INCOMPLETE',
    'Each action needs a description, an owner and a due date on or after the review',
    'actions',
    {
      actions: bad.map((a) => a.actionId),
    },
  );
  const ids = new Set(d.actions.map((a) => a.actionId));
  rule(ids.size === d.actions.length, 'ACTION_DUPLICATE', 'Each action needs its own id', 'actions');
  return [
    {
      type: 'CafeReviewRecorded',
      data: {
        ...d,
        attendees: filled(d.attendees),
        reasons: [...d.reasons],
        recommendations: filled(d.recommendations),
        actions: d.actions.map((a) => ({ ...a })),
        recordedAt: command.metadata.now,
      },
    },
  ];
}

function complete(command: C.CompleteCafeAction, state: CafeState): CafeEvent[] {
  if (state.status === 'none') throw new IllegalStateError('CAFE_REVIEW_NOT_FOUND', 'No such review', {});
  const action = state.actions[command.data.actionId];
  rule(action !== undefined, 'ACTION_NOT_FOUND', 'No such action on this review', 'actionId');
  if (action!.completedOn) return [];
  rule(
    command.data.completedOn >= state.heldOn,
    'COMPLETED_BEFORE_REVIEW',
    'Completed before the review',
    'completedOn',
  );
  rule(
    command.data.completedOn <= command.metadata.now.slice(0, 10),
    'COMPLETED_IN_FUTURE',
    'Record the action once done',
    'completedOn',
  );
  const { actionId, completedOn, note } = command.data;
  return [{ type: 'CafeActionCompleted', data: { actionId, completedOn, ...(note ? { note } : {}) } }];
}
