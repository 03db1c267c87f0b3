import { parseDate } from '../forms/date-input';
import { FormErrors, text, type FormResult, type PostedBody } from '../forms/form-result';

export type OutreachRequestValue = Readonly<{
  upn: string;
  providerId: string;
  needs: string;
  tried: string[];
  objectives: string[];
  attendancePercent?: number;
  requestedOn: string;
}>;

const lines = (value: string): string[] =>
  value
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l.length > 0);

/** The school's request for outreach: who, from whom, needs, what was tried (one a line), objectives (one a line). */
export function parseOutreachRequest(body: PostedBody): FormResult<OutreachRequestValue> {
  const errors = new FormErrors();
  const upn = text(body, 'upn').toUpperCase();
  if (!/^[A-Z][0-9]{11}[0-9A-Z]$/.test(upn)) errors.add('upn', 'Enter a unique pupil number, like B801200005001');
  const providerId = text(body, 'providerId');
  if (!providerId) errors.add('providerId', 'Select the provider you are asking');
  const needs = text(body, 'needs');
  if (!needs) errors.add('needs', 'Enter the pupil’s needs');
  const tried = lines(text(body, 'tried'));
  if (tried.length === 0) errors.add('tried', 'Enter what the school has tried');
  const objectives = lines(text(body, 'objectives'));
  if (objectives.length === 0) errors.add('objectives', 'Enter at least one objective');
  const attendance = text(body, 'attendancePercent');
  const percent = attendance === '' ? undefined : Number(attendance.replace('%', ''));
  if (percent !== undefined && !(percent >= 0 && percent <= 100))
    errors.add('attendancePercent', 'Attendance must be a percentage from 0 to 100');
  const requestedOn = parseDate(body, 'requestedOn', errors, {
    missing: 'Enter the date of the request',
    label: 'the date of the request',
  });
  return errors.result(() => ({
    upn,
    providerId,
    needs,
    tried,
    objectives,
    ...(percent === undefined ? {} : { attendancePercent: percent }),
    requestedOn: requestedOn!,
  }));
}

export type SessionValue = Readonly<{ date: string; durationMinutes: number; focus: string; attendance: string }>;

/** A session in school: date, length in minutes, focus and whether the pupil attended. */
export function parseSession(body: PostedBody): FormResult<SessionValue> {
  const errors = new FormErrors();
  const date = parseDate(body, 'date', errors, {
    missing: 'Enter the date of the session',
    label: 'the date of the session',
  });
  const minutes = Number(text(body, 'durationMinutes'));
  if (!(Number.isInteger(minutes) && minutes >= 1 && minutes <= 480))
    errors.add('durationMinutes', 'Enter how long the session was, in whole minutes from 1 to 480');
  const focus = text(body, 'focus');
  if (!focus) errors.add('focus', 'Enter what the session focused on');
  const attendance = text(body, 'attendance');
  if (!['attended', 'partly', 'absent'].includes(attendance))
    errors.add('attendance', 'Select whether the pupil attended');
  return errors.result(() => ({ date: date!, durationMinutes: minutes, focus, attendance }));
}

export type CloseValue = Readonly<{ closedOn: string; summary: string; objectivesMet: string }>;

export function parseClose(body: PostedBody): FormResult<CloseValue> {
  const errors = new FormErrors();
  const closedOn = parseDate(body, 'closedOn', errors, {
    missing: 'Enter the date the outreach ended',
    label: 'the date the outreach ended',
  });
  const summary = text(body, 'summary');
  if (!summary) errors.add('summary', 'Enter a closing summary');
  const objectivesMet = text(body, 'objectivesMet');
  if (!['met', 'partly', 'not_met'].includes(objectivesMet))
    errors.add('objectivesMet', 'Select whether the objectives were met');
  return errors.result(() => ({ closedOn: closedOn!, summary, objectivesMet }));
}

/** The provider accepts on a date (the first session cannot come before it). */
export function parseAccept(body: PostedBody): FormResult<{ acceptedOn: string }> {
  const errors = new FormErrors();
  const acceptedOn = parseDate(body, 'acceptedOn', errors, {
    missing: 'Enter the date you accepted',
    label: 'the date you accepted',
  });
  return errors.result(() => ({ acceptedOn: acceptedOn! }));
}
