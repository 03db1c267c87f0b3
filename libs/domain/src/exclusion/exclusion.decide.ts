import { exclusionDay1, isNextSchoolDay, nthSchoolDay, schoolDaysBetween, type SchoolCalendar } from '../calendar';
import { isExclusionReasonCode, MAX_EXCLUSION_REASONS, validateUpn } from '../identifiers';
import { assertNever, RuleViolationError, IllegalStateError, DomainError } from '../shared';
import type {
  CancelExclusion,
  ExclusionCommand,
  RecordDay6Exception,
  RecordExclusion,
  RecordParentNotice,
} from './exclusion.commands';
import type { Day6DutyArose, ExclusionEvent, ExclusionRecorded } from './exclusion.events';
import type { ExclusionEntry, ExclusionState } from './exclusion.state';

// DfE guidance §1.2: at most 45 school days of suspension in a school year.
const MAX_SUSPENSION_DAYS = 45;
// SI 2014/3216: the duty arises when consecutive exclusion passes five school days.
const DAYS_BEFORE_DUTY = 5;

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

function recordExclusion(command: RecordExclusion, state: ExclusionState): ExclusionEvent[] {
  const d = command.data;
  if (state.exclusions[d.exclusionId]) return [];
  validateRecordExclusion(command);
  const day1 = exclusionDay1(d.calendar, { startDate: d.startDate, startsPartWay: d.startsPartWay });
  const suspension = d.exclusionType === 'SUSP';
  const lastDay = suspension ? nthSchoolDay(d.calendar, day1, d.lengthSchoolDays ?? 1) : undefined;
  const joins = continuesPeriod(command, state, day1);
  const periodId = joins ? state.period!.periodId : d.exclusionId;
  // Overlapping suspensions count each school day once: the period runs from its day 1 to the later last day.
  const periodLastDay =
    joins && lastDay && state.period!.lastDay && state.period!.lastDay > lastDay ? state.period!.lastDay : lastDay;
  const periodDay1 = joins ? state.period!.day1 : day1;
  const periodSchoolDays = periodLastDay ? schoolDaysBetween(d.calendar, periodDay1, periodLastDay) : undefined;
  const recorded: ExclusionRecorded = {
    type: 'ExclusionRecorded',
    data: {
      exclusionId: d.exclusionId,
      periodId,
      upn: d.upn,
      schoolUrn: d.schoolUrn,
      schoolLaCode: d.schoolLaCode,
      homeLaCode: d.homeLaCode,
      exclusionType: d.exclusionType,
      startDate: d.startDate,
      startsPartWay: d.startsPartWay,
      day1,
      ...(lastDay ? { lastDay, lengthSchoolDays: d.lengthSchoolDays } : {}),
      ...(periodLastDay && periodSchoolDays !== undefined ? { periodLastDay, periodSchoolDays } : {}),
      reasons: [...d.reasons],
      yearGroup: d.yearGroup,
      calendarId: d.calendar.id,
    },
  };
  const duty = day6DutyAfter(command, state, recorded) ?? responsibilityMove(state, recorded);
  return duty ? [recorded, duty] : [recorded];
}

function validateRecordExclusion({ data: d }: RecordExclusion): void {
  const upn = validateUpn(d.upn);
  if (!upn.valid) throw new RuleViolationError('UPN_INVALID', upn.message, { field: 'upn', rule: upn.reason });
  if (d.reasons.length === 0 || d.reasons.length > MAX_EXCLUSION_REASONS || !d.reasons.every(isExclusionReasonCode)) {
    throw new RuleViolationError(
      'EXCLUSION_REASONS_INVALID',
      `Give 1 to ${MAX_EXCLUSION_REASONS} reason codes from the DfE list`,
      {
        field: 'reasons',
      },
    );
  }
  const length = d.lengthSchoolDays;
  if (
    d.exclusionType === 'SUSP' &&
    (length === undefined || !Number.isInteger(length) || length < 1 || length > MAX_SUSPENSION_DAYS)
  ) {
    throw new RuleViolationError(
      'SUSPENSION_LENGTH_INVALID',
      `A suspension lasts 1 to ${MAX_SUSPENSION_DAYS} school days`,
      {
        field: 'lengthSchoolDays',
      },
    );
  }
}

/** A suspension or exclusion starting the school day after the current period's last day (or within it) continues it. */
/**
 * An exclusion continues the current period when it starts within it or on the school day straight after it, and
 * the period still has an exclusion in force (one whose exclusions were all cancelled is over).
 */
function continuesPeriod(command: RecordExclusion, state: ExclusionState, day1: string): boolean {
  const period = state.period;
  if (!period || period.ended || period.lastDay === undefined || command.data.exclusionType === 'LNCH') return false;
  if (period.exclusionIds.every((id) => state.exclusions[id]?.cancelled)) return false;
  if (day1 < period.day1) return false;
  return day1 <= period.lastDay || isNextSchoolDay(command.data.calendar, period.lastDay, day1);
}

function day6DutyAfter(
  command: RecordExclusion,
  state: ExclusionState,
  recorded: ExclusionRecorded,
): Day6DutyArose | undefined {
  const d = recorded.data;
  if (d.exclusionType === 'LNCH') return undefined;
  const joined = state.period?.periodId === d.periodId ? state.period : undefined;
  if (joined?.dutyArisen) return undefined;
  const permanent = d.exclusionType === 'PERM' || (joined?.permanent ?? false);
  const schoolDays = d.periodSchoolDays ?? (joined?.schoolDays ?? 0) + (d.lengthSchoolDays ?? 0);
  if (!permanent && schoolDays <= DAYS_BEFORE_DUTY) return undefined;
  const day1 = joined?.day1 ?? d.day1;
  return {
    type: 'Day6DutyArose',
    data: {
      periodId: d.periodId,
      upn: d.upn,
      schoolUrn: d.schoolUrn,
      schoolLaCode: d.schoolLaCode,
      // §0 who is responsible: permanent exclusion, the home LA; suspension, the excluding school.
      responsible: permanent
        ? { kind: 'la', organisationId: d.homeLaCode }
        : { kind: 'school', organisationId: d.schoolUrn },
      exclusionIds: [...(joined?.exclusionIds ?? []), d.exclusionId],
      day1,
      day6: nthSchoolDay(command.data.calendar, day1, 6),
      calendarId: d.calendarId,
    },
  };
}

/**
 * School days in the longest run of back-to-back suspensions that remain: a cancelled one in the middle splits the
 * run (SI 2014/3216 counts consecutive days). Without a calendar, the days are summed.
 */
function longestConsecutiveRun(remaining: readonly ExclusionEntry[], calendar: SchoolCalendar | undefined): number {
  if (!calendar || remaining.some((e) => !e.day1 || !e.lastDay))
    return remaining.reduce((sum, e) => sum + e.schoolDays, 0);
  const spans = [...remaining].sort((a, b) => a.day1!.localeCompare(b.day1!));
  let best = 0;
  let run: { day1: string; lastDay: string } | undefined;
  for (const e of spans) {
    if (run && (e.day1! <= run.lastDay || isNextSchoolDay(calendar, run.lastDay, e.day1!))) {
      run = { day1: run.day1, lastDay: e.lastDay! > run.lastDay ? e.lastDay! : run.lastDay };
    } else {
      run = { day1: e.day1!, lastDay: e.lastDay! };
    }
    best = Math.max(best, schoolDaysBetween(calendar, run.day1, run.lastDay));
  }
  return best;
}

/** A permanent exclusion joining a period whose duty the school holds moves it to the home LA. */
function responsibilityMove(state: ExclusionState, recorded: ExclusionRecorded): ExclusionEvent | undefined {
  const d = recorded.data;
  const period = state.period;
  if (
    d.exclusionType !== 'PERM' ||
    period?.periodId !== d.periodId ||
    !period.dutyArisen ||
    period.responsibleKind !== 'school'
  )
    return undefined;
  return {
    type: 'Day6ResponsibilityMoved',
    data: { periodId: d.periodId, responsible: { kind: 'la', organisationId: d.homeLaCode } },
  };
}

function cancelExclusion(command: CancelExclusion, state: ExclusionState): ExclusionEvent[] {
  const entry = state.exclusions[command.data.exclusionId];
  if (!entry)
    throw new DomainError('EXCLUSION_NOT_FOUND', 'No such exclusion for this pupil', 'not_found', {
      field: 'exclusionId',
    });
  if (entry.cancelled) return [];
  const { calendar, ...facts } = command.data;
  const cancelled: ExclusionEvent = { type: 'ExclusionCancelled', data: facts };
  // The period the exclusion belongs to, whether or not a later one has begun since.
  const period = state.periods[entry.periodId];
  if (!period || !period.dutyArisen || period.ended) return [cancelled];
  const remaining = period.exclusionIds
    .filter((id) => id !== command.data.exclusionId)
    .map((id) => state.exclusions[id]!)
    .filter((e) => !e.cancelled);
  const stillDue = remaining.some((e) => e.permanent) || longestConsecutiveRun(remaining, calendar) > DAYS_BEFORE_DUTY;
  if (stillDue) return [cancelled];
  const reason = command.data.outcome === 'cancelled' ? 'exclusion_cancelled' : 'exclusion_overturned';
  return [cancelled, { type: 'Day6DutyEnded', data: { periodId: period.periodId, reason } }];
}

/** The period a notice or exception is about: the one named, else the latest whose duty is open. */
function openDutyPeriod(state: ExclusionState, periodId: string | undefined) {
  if (periodId) return state.periods[periodId];
  const open = Object.values(state.periods).filter((p) => p.dutyArisen && !p.ended);
  return state.period && open.includes(state.period) ? state.period : open.at(-1);
}

function recordException(command: RecordDay6Exception, state: ExclusionState): ExclusionEvent[] {
  const period = openDutyPeriod(state, command.data.periodId);
  if (!period?.dutyArisen || period.ended)
    throw new IllegalStateError('NO_OPEN_DAY6_DUTY', 'There is no open day-6 duty for this pupil');
  const d = command.data;
  // §0 day-6 exceptions (reg 5): a Y11 pupil whose public exams are over; an EHC plan specifying fewer hours.
  if (d.exception === 'y11_exams_over' && state.yearGroup !== 11) {
    throw new RuleViolationError(
      'EXCEPTION_NOT_APPLICABLE',
      'The exams-over exception applies only to Year 11 pupils',
      { field: 'exception' },
    );
  }
  if (d.exception === 'ehcp_fewer_hours' && !(d.planHours !== undefined && d.planHours > 0)) {
    throw new RuleViolationError('PLAN_HOURS_REQUIRED', 'Give the hours the EHC plan specifies', {
      field: 'planHours',
    });
  }
  if (!d.note.trim())
    throw new RuleViolationError('EXCEPTION_NOTE_REQUIRED', 'Say why the exception applies', { field: 'note' });
  return [
    {
      type: 'Day6ExceptionRecorded',
      data: {
        periodId: period.periodId,
        exception: d.exception,
        assertedBy: command.metadata.actor.id,
        note: d.note,
        ...(d.planHours ? { planHours: d.planHours } : {}),
      },
    },
  ];
}

function recordParentNotice(command: RecordParentNotice, state: ExclusionState): ExclusionEvent[] {
  const period = openDutyPeriod(state, command.data.periodId);
  if (!period?.dutyArisen || period.ended)
    throw new IllegalStateError('NO_OPEN_DAY6_DUTY', 'There is no open day-6 duty for this pupil');
  const { kind, givenAt, method } = command.data;
  if (Number.isNaN(Date.parse(givenAt)) || givenAt > command.metadata.now) {
    throw new RuleViolationError(
      'NOTICE_TIME_INVALID',
      'Give when the notice was given: an instant not in the future',
      { field: 'givenAt' },
    );
  }
  return [{ type: 'ParentNoticeGiven', data: { periodId: period.periodId, kind, givenAt, method } }];
}
