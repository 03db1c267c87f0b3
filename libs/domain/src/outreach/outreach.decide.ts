import { isIsoDate } from '../calendar';
import { assertNever, IllegalStateError, RuleViolationError } from '../shared';
import type * as C from './outreach.commands';
import { OBJECTIVES_MET, SESSION_ATTENDANCE, type OutreachEvent } from './outreach.events';
import type { OutreachState } from './outreach.state';

export function decideOutreach(command: C.OutreachCommand, state: OutreachState): OutreachEvent[] {
  switch (command.type) {
    case 'RequestOutreach':
      return request(command, state);
    case 'AcceptOutreach':
      return accept(command, state);
    case 'DeclineOutreach':
      return decline(command, state);
    case 'RecordOutreachSession':
      return session(command, state);
    case 'CloseOutreach':
      return close(command, state);
    default:
      return assertNever(command);
  }
}

const rule = (ok: boolean, code: string, message: string, field: string) => {
  if (!ok) throw new RuleViolationError(code, message, { field });
};
const today = (command: { metadata: { now: string } }) => command.metadata.now.slice(0, 10);

function request(command: C.RequestOutreach, state: OutreachState): OutreachEvent[] {
  if (state.status !== 'none') return [];
  const d = command.data;
  // REFERENCE §1.5: what was tried and the objectives travel with any request for AP support.
  rule(d.needs.trim().length > 0, 'OUTREACH_NEEDS_REQUIRED', 'Describe the pupil’s needs', 'needs');
  rule(
    d.tried.some((t) => t.trim()),
    'OUTREACH_TRIED_REQUIRED',
    'Say what the school has tried',
    'tried',
  );
  rule(
    d.objectives.some((o) => o.trim()),
    'OUTREACH_OBJECTIVES_REQUIRED',
    'Set at least one objective',
    'objectives',
  );
  if (d.attendancePercent !== undefined)
    rule(
      d.attendancePercent >= 0 && d.attendancePercent <= 100,
      'ATTENDANCE_INVALID',
      'Attendance is 0 to 100',
      'attendancePercent',
    );
  return [{ type: 'OutreachRequested', data: { ...d, tried: [...d.tried], objectives: [...d.objectives] } }];
}

function accept(command: C.AcceptOutreach, state: OutreachState): OutreachEvent[] {
  if (state.status === 'active' || state.status === 'closed') return [];
  if (state.status !== 'requested') throw new IllegalStateError('OUTREACH_NOT_REQUESTED', 'No open outreach request');
  rule(
    command.data.acceptedOn >= state.requestedOn,
    'ACCEPTED_BEFORE_REQUEST',
    'Accepted before it was requested',
    'acceptedOn',
  );
  return [{ type: 'OutreachAccepted', data: { ...command.data } }];
}

function decline(command: C.DeclineOutreach, state: OutreachState): OutreachEvent[] {
  if (state.status === 'declined') return [];
  if (state.status !== 'requested') throw new IllegalStateError('OUTREACH_NOT_REQUESTED', 'No open outreach request');
  rule(command.data.reason.trim().length > 0, 'REASON_REQUIRED', 'Give the reason', 'reason');
  return [{ type: 'OutreachDeclined', data: { ...command.data } }];
}

function session(command: C.RecordOutreachSession, state: OutreachState): OutreachEvent[] {
  if (state.status !== 'active')
    throw new IllegalStateError('OUTREACH_NOT_ACTIVE', 'Sessions are recorded on accepted, open outreach');
  const d = command.data;
  if (state.sessionIds.includes(d.sessionId)) return [];
  rule(
    isIsoDate(d.date) && d.date >= state.acceptedOn,
    'SESSION_BEFORE_ACCEPTANCE',
    'A session comes after acceptance',
    'date',
  );
  rule(d.date <= today(command), 'SESSION_IN_FUTURE', 'Record a session on or after the day it happens', 'date');
  rule(
    Number.isInteger(d.durationMinutes) && d.durationMinutes > 0 && d.durationMinutes <= 480,
    'DURATION_INVALID',
    'Duration is 1 to 480 minutes',
    'durationMinutes',
  );
  rule(d.focus.trim().length > 0, 'FOCUS_REQUIRED', 'Say what the session focused on', 'focus');
  rule(d.attendance in SESSION_ATTENDANCE, 'ATTENDANCE_INVALID', 'Unknown attendance', 'attendance');
  return [{ type: 'OutreachSessionRecorded', data: { ...d } }];
}

function close(command: C.CloseOutreach, state: OutreachState): OutreachEvent[] {
  if (state.status === 'closed') return [];
  if (state.status !== 'active')
    throw new IllegalStateError('OUTREACH_NOT_ACTIVE', 'Only accepted outreach can be closed');
  const d = command.data;
  rule(d.closedOn >= state.acceptedOn, 'CLOSED_BEFORE_ACCEPTANCE', 'Closed before it was accepted', 'closedOn');
  rule(d.closedOn <= today(command), 'CLOSED_IN_FUTURE', 'Close the outreach on or after the day it ends', 'closedOn');
  rule(d.summary.trim().length > 0, 'SUMMARY_REQUIRED', 'Write a closing summary', 'summary');
  rule(d.objectivesMet in OBJECTIVES_MET, 'OBJECTIVES_MET_INVALID', 'Unknown outcome', 'objectivesMet');
  return [{ type: 'OutreachClosed', data: { ...d, sessions: state.sessionIds.length } }];
}
