import { isIsoDate } from '../calendar';
import { isExclusionReasonCode, MAX_EXCLUSION_REASONS, validateUpn } from '../identifiers';
import { assertNever, DomainError, RuleViolationError } from '../shared';
import { fullTimeHours, type YearGroup } from '../timetable';
import { schoolYearEnding } from './compulsory-school-age';
import type {
  CancelExclusion,
  ExclusionCommand,
  RecordDay6Exception,
  RecordExclusion,
  RecordParentNotice,
} from './exclusion.commands';
import type { ExclusionEvent } from './exclusion.events';
import type { ExclusionEntry, ExclusionState } from './exclusion.state';

/** EA 2002 s51A and the 2012 regulations: at most 45 school days (90 sessions) of suspension per school year. */
export const MAX_SUSPENSION_SESSIONS_PER_YEAR = 90;

export function decideExclusion(command: ExclusionCommand, state: ExclusionState): ExclusionEvent[] {
  switch (command.type) {
    case 'RecordExclusion':
      return recordExclusion(command, state);
    case 'CancelExclusion':
      return cancelExclusion(command, state);
    case 'RecordDay6Exception':
      return recordException(command, state);
    case 'RecordParentNotice':
      return recordParentNotice(command, state);
    default:
      return assertNever(command);
  }
}

const refuse = (code: string, message: string, field: string, rule: string): never => {
  throw new RuleViolationError(code, message, { field, rule });
};

function recordExclusion(command: RecordExclusion, state: ExclusionState): ExclusionEvent[] {
  const d = command.data;
  if (state.exclusions[d.exclusionId]) return [];
  validateRecordExclusion(command);
  const sessions = d.exclusionType === 'LNCH' ? 1 : d.exclusionType === 'SUSP' ? d.sessions : undefined;
  if (sessions !== undefined) checkYearLimit(state, d.startDate, sessions);
  const { laMaintainedPru, lookedAfter, ehcPlan, sessions: _s, ...facts } = d;
  return [
    {
      type: 'ExclusionRecorded',
      data: {
        schemaVersion: 2,
        ...facts,
        reasons: [...d.reasons],
        laMaintainedPru: laMaintainedPru ?? false,
        lookedAfter: lookedAfter ?? false,
        ehcPlan: ehcPlan ?? false,
        ...(sessions !== undefined ? { sessions } : {}),
      },
    },
  ];
}

function validateRecordExclusion({ data: d }: RecordExclusion): void {
  const upn = validateUpn(d.upn);
  if (!upn.valid) throw new RuleViolationError('UPN_INVALID', upn.message, { field: 'upn', rule: upn.reason });
  if (d.reasons.length === 0 || d.reasons.length > MAX_EXCLUSION_REASONS || !d.reasons.every(isExclusionReasonCode))
    refuse(
      'EXCLUSION_REASONS_INVALID',
      `Give 1 to ${MAX_EXCLUSION_REASONS} reason codes from the DfE list`,
      'reasons',
      'dfe-reason-codes',
    );
  const s = d.sessions;
  if (
    d.exclusionType === 'SUSP' &&
    (s === undefined || !Number.isInteger(s) || s < 1 || s > MAX_SUSPENSION_SESSIONS_PER_YEAR)
  )
    refuse('SUSPENSION_LENGTH_INVALID', 'A suspension lasts 1 to 90 sessions (half days)', 'sessions', 'sessions-1-90');
  if (d.exclusionType === 'PERM' && s !== undefined)
    refuse('SUSPENSION_LENGTH_INVALID', 'A permanent exclusion has no length', 'sessions', 'permanent-no-length');
  if (d.yearGroup === 'R' && !d.dateOfBirth)
    refuse(
      'DATE_OF_BIRTH_REQUIRED',
      'Give the date of birth of a Reception pupil: whether the day-6 duty applies depends on it',
      'dateOfBirth',
      'compulsory-school-age',
    );
  if (d.dateOfBirth !== undefined && (!isIsoDate(d.dateOfBirth) || d.dateOfBirth >= d.startDate))
    refuse('DATE_OF_BIRTH_INVALID', 'Give a real date of birth before the exclusion', 'dateOfBirth', 'date-of-birth');
}

/** Sessions of suspension (lunchtimes count as one) from this school in the school year of `date`. */
function sessionsInSchoolYear(entries: readonly ExclusionEntry[], date: string): number {
  const year = schoolYearEnding(date);
  return entries
    .filter((e) => !e.cancelled && e.exclusionType !== 'PERM' && schoolYearEnding(e.startDate) === year)
    .reduce((sum, e) => sum + (e.sessions ?? 0), 0);
}

function checkYearLimit(state: ExclusionState, startDate: string, sessions: number): void {
  const used = sessionsInSchoolYear(Object.values(state.exclusions), startDate);
  if (used + sessions > MAX_SUSPENSION_SESSIONS_PER_YEAR)
    refuse(
      'SUSPENSION_LIMIT_EXCEEDED',
      `At most 45 school days of suspension per school year from one school: ${used / 2} already, this adds ${sessions / 2}`,
      'sessions',
      'max-45-school-days-per-school-year',
    );
}

function cancelExclusion(command: CancelExclusion, state: ExclusionState): ExclusionEvent[] {
  const entry = state.exclusions[command.data.exclusionId];
  if (!entry)
    throw new DomainError('EXCLUSION_NOT_FOUND', 'No such exclusion for this pupil', 'not_found', {
      field: 'exclusionId',
    });
  if (entry.cancelled) return [];
  return [{ type: 'ExclusionCancelled', data: { ...command.data } }];
}

function recordException(command: RecordDay6Exception, state: ExclusionState): ExclusionEvent[] {
  const { duty, exception, note, planHours } = command.data;
  const done = state.exceptions[duty.dutyId];
  if (done?.exception === exception && done.planHours === planHours) return [];
  // §0 day-6 exceptions (reg 5): a Y11 pupil whose public exams are over; an EHC plan specifying fewer hours.
  if (exception === 'y11_exams_over' && duty.yearGroup !== 11)
    refuse(
      'EXCEPTION_NOT_APPLICABLE',
      'The exams-over exception applies only to Year 11 pupils',
      'exception',
      'reg-5-y11',
    );
  if (exception === 'ehcp_fewer_hours') checkPlanHours(duty.ehcPlan, duty.yearGroup as YearGroup, planHours);
  if (!note.trim()) refuse('EXCEPTION_NOTE_REQUIRED', 'Say why the exception applies', 'note', 'required');
  return [
    {
      type: 'Day6ExceptionRecorded',
      data: {
        dutyId: duty.dutyId,
        upn: duty.upn,
        exception,
        assertedBy: command.metadata.actor.id,
        note,
        ...(planHours !== undefined ? { planHours } : {}),
      },
    },
  ];
}

function checkPlanHours(ehcPlan: boolean, yearGroup: YearGroup, planHours: number | undefined): void {
  if (!ehcPlan) refuse('EXCEPTION_NOT_APPLICABLE', 'The pupil has no EHC plan', 'exception', 'reg-5-ehc-plan');
  if (planHours === undefined || !(planHours > 0))
    refuse('PLAN_HOURS_REQUIRED', 'Give the hours the EHC plan specifies', 'planHours', 'required');
  if (planHours! >= fullTimeHours(yearGroup))
    refuse(
      'PLAN_HOURS_NOT_FEWER',
      `The exception is for a plan that specifies fewer than the full-time ${fullTimeHours(yearGroup)} hours`,
      'planHours',
      'reg-5-fewer-hours',
    );
}

function recordParentNotice(command: RecordParentNotice, state: ExclusionState): ExclusionEvent[] {
  const { givenAt, kind, exclusionId } = command.data;
  if (Number.isNaN(Date.parse(givenAt)) || givenAt > command.metadata.now)
    refuse(
      'NOTICE_TIME_INVALID',
      'Give when the notice was given: an instant not in the future',
      'givenAt',
      'not-in-future',
    );
  if (state.notices[exclusionId]?.[kind] === givenAt) return [];
  return [{ type: 'ParentNoticeGiven', data: { ...command.data } }];
}
