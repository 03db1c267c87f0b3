import {
  DEFAULT_SESSION_TIMES,
  firstSchoolDayOnOrAfter,
  isSchoolDay,
  nextSchoolDay,
  nthSchoolDay,
  previousSchoolDay,
  schoolDaysBetween,
  ukLocalToUtc,
  type IsoDate,
  type SchoolCalendar,
  type SessionTimes,
} from '../calendar';
import { isOfCompulsorySchoolAge } from './compulsory-school-age';
import type { ResponsibleBody } from './exclusion.events';
import type { ExclusionEntry } from './exclusion.state';

/** SI 2014/3216: the duty arises when a run of consecutive school days of exclusion passes five. */
export const DAYS_BEFORE_DUTY = 5;

/** A day-6 duty as it stands now: derived from the live exclusions and the calendar, never stored as a period. */
export type Day6Duty = Readonly<{
  /** The earliest-recorded exclusion of the run (the permanent exclusion for the LA's duty after one). */
  dutyId: string;
  upn: string;
  schoolUrn: string;
  schoolLaCode: string;
  responsible: ResponsibleBody;
  /** Where a breach is escalated: the responsible LA, or the school's LA. */
  escalateTo: string;
  exclusionIds: readonly string[];
  /** Day 1 of the run of consecutive excluded school days. */
  day1: IsoDate;
  /** Reminder days (school days 3 and 5) on or after the day the duty holder became responsible. */
  reminders: readonly Readonly<{ schoolDay: 3 | 5; date: IsoDate }>[];
  day6: IsoDate;
  /** §0: looked-after children are expected to have provision from day 1. */
  lookedAfter: boolean;
  yearGroup: number | 'R';
  ehcPlan: boolean;
  /** Reg 6: the first notice is due by the end of the afternoon session of the first day excluded. */
  firstNotice: Readonly<{ exclusionId: string; dueBy: string }>;
  sessionTimes: SessionTimes;
}>;

type Span = Readonly<{ entry: ExclusionEntry; day1: IsoDate; last?: IsoDate }>;
type Run = { day1: IsoDate; last?: IsoDate; spans: Span[] };

/**
 * The school days an exclusion covers on the calendar as it now is. §0 day 1: the first school day it is in force
 * from the morning; a part-way start (lunchtime, afternoon) excludes that afternoon but day 1 is the next school
 * day. A suspension of n sessions covers the days whose morning session it excludes; a permanent one has no end;
 * a lunchtime exclusion covers no whole day. Undefined when it covers none (cancelled ones count for nothing).
 */
export function excludedSpan(entry: ExclusionEntry, calendar: SchoolCalendar): Span | undefined {
  if (entry.cancelled || entry.exclusionType === 'LNCH') return undefined;
  const fromMorning = !entry.startsPartWay || !isSchoolDay(calendar, entry.startDate);
  const day1 = fromMorning
    ? firstSchoolDayOnOrAfter(calendar, entry.startDate)
    : nextSchoolDay(calendar, entry.startDate);
  if (entry.exclusionType === 'PERM') return { entry, day1 };
  const sessions = entry.sessions ?? 0;
  const days = fromMorning ? Math.ceil(sessions / 2) : Math.floor(sessions / 2);
  return days > 0 ? { entry, day1, last: nthSchoolDay(calendar, day1, days) } : undefined;
}

/** Live exclusions joined into runs of consecutive school days, whatever order they were recorded in. */
export function excludedRuns(entries: readonly ExclusionEntry[], calendar: SchoolCalendar): Run[] {
  const spans = entries
    .map((e) => excludedSpan(e, calendar))
    .filter((s): s is Span => s !== undefined)
    .sort((a, b) => a.day1.localeCompare(b.day1) || a.entry.seq - b.entry.seq);
  const runs: Run[] = [];
  for (const span of spans) {
    const run = runs.at(-1);
    if (run && (run.last === undefined || span.day1 <= nextSchoolDay(calendar, run.last))) {
      run.spans.push(span);
      run.last = run.last === undefined || span.last === undefined ? undefined : maxDate(run.last, span.last);
    } else runs.push({ day1: span.day1, ...(span.last ? { last: span.last } : {}), spans: [span] });
  }
  return runs;
}

/**
 * Every day-6 duty in one school's exclusions of one pupil (§0 day 6; §0 who is responsible): a run of more than
 * five suspended days is the school's duty (the LA's, for an LA-maintained PRU: EA 1996 s19(3A)(b)); a permanent
 * exclusion is the home LA's duty from the sixth day of the run, or from its own day 1 when it follows a longer
 * suspension back to back (the school keeps its own duty for the days before). Only pupils of compulsory school age.
 */
export function day6Duties(entries: readonly ExclusionEntry[], calendar: SchoolCalendar): Day6Duty[] {
  return excludedRuns(entries, calendar).flatMap((run) => dutiesOfRun(run, calendar));
}

function dutiesOfRun(run: Run, calendar: SchoolCalendar): Day6Duty[] {
  const day6 = nthSchoolDay(calendar, run.day1, DAYS_BEFORE_DUTY + 1);
  const pex = run.spans.find((s) => s.entry.exclusionType === 'PERM');
  const suspended = run.spans.filter((s) => s.entry.exclusionType === 'SUSP' && (!pex || s.day1 < pex.day1));
  const duties: Day6Duty[] = [];
  if (suspended.length > 0) {
    const last = suspended.reduce((max, s) => maxDate(max, s.last!), suspended[0]!.last!);
    const end = pex ? minDate(last, previousSchoolDay(calendar, pex.day1)) : last;
    if (schoolDaysBetween(calendar, run.day1, end) > DAYS_BEFORE_DUTY) {
      const entry = suspended.reduce((a, b) => (b.entry.seq < a.entry.seq ? b : a)).entry;
      const trigger = suspended.find((s) => s.day1 <= day6 && s.last! >= day6) ?? suspended[0]!;
      // §0 who is responsible: the excluding school, except an LA-maintained PRU (EA 1996 s19(3A)(b)).
      const responsible: ResponsibleBody = entry.laMaintainedPru
        ? { kind: 'la', organisationId: entry.schoolLaCode }
        : { kind: 'school', organisationId: entry.schoolUrn };
      duties.push(duty(entry.exclusionId, responsible, run, suspended, day6, run.day1, trigger, calendar));
    }
  }
  if (pex) {
    // §0: a permanent exclusion following a suspension back to back gives the home LA a duty of its own.
    const from = maxDate(day6, pex.day1);
    const responsible: ResponsibleBody = { kind: 'la', organisationId: pex.entry.homeLaCode };
    duties.push(duty(pex.entry.exclusionId, responsible, run, run.spans, from, pex.day1, pex, calendar));
  }
  return duties.filter((d) => compulsoryOn(d, run.spans));
}

function duty(
  dutyId: string,
  responsible: ResponsibleBody,
  run: Run,
  spans: readonly Span[],
  day6: IsoDate,
  responsibleFrom: IsoDate,
  trigger: Span,
  calendar: SchoolCalendar,
): Day6Duty {
  const { entry } = trigger;
  const sessionTimes = calendar.sessionTimes ?? DEFAULT_SESSION_TIMES;
  const firstDayExcluded = isSchoolDay(calendar, entry.startDate) ? entry.startDate : trigger.day1;
  const reminders = ([3, 5] as const)
    .map((schoolDay) => ({ schoolDay, date: nthSchoolDay(calendar, run.day1, schoolDay) }))
    .filter((r) => r.date >= responsibleFrom);
  return {
    dutyId,
    upn: entry.upn,
    schoolUrn: entry.schoolUrn,
    schoolLaCode: entry.schoolLaCode,
    responsible,
    escalateTo: responsible.kind === 'la' ? responsible.organisationId : entry.schoolLaCode,
    exclusionIds: spans.map((s) => s.entry.exclusionId),
    day1: run.day1,
    reminders,
    day6,
    lookedAfter: spans.some((s) => s.entry.lookedAfter),
    yearGroup: latest(spans).yearGroup,
    ehcPlan: spans.some((s) => s.entry.ehcPlan),
    firstNotice: {
      exclusionId: entry.exclusionId,
      dueBy: ukLocalToUtc(firstDayExcluded, sessionTimes.afternoonEnds),
    },
    sessionTimes,
  };
}

const latest = (spans: readonly Span[]): ExclusionEntry =>
  spans.reduce((a, b) => (b.entry.seq > a.entry.seq ? b : a)).entry;

function compulsoryOn(duty: Day6Duty, spans: readonly Span[]): boolean {
  const { yearGroup, dateOfBirth } = latest(spans);
  return isOfCompulsorySchoolAge(yearGroup as never, dateOfBirth, duty.day6);
}

const maxDate = (a: IsoDate, b: IsoDate): IsoDate => (a > b ? a : b);
const minDate = (a: IsoDate, b: IsoDate): IsoDate => (a < b ? a : b);
