import type { IsoDate } from './iso-date';
import { isIsoDate } from './iso-date';
import type { SchoolCalendar, TermSpan } from './school-calendar';
import { isInTerm } from './school-calendar';
import { isSessionTime } from './session-times';

/** Problems that stop a calendar being accepted, in plain words; empty when it is usable. */
export function validateCalendar(calendar: SchoolCalendar): string[] {
  const termDateProblems = calendar.terms.flatMap(termProblems);
  const problems = [...identityProblems(calendar), ...termDateProblems];
  if (calendar.terms.length === 0) problems.push('The calendar has no terms');
  // Overlaps are only meaningful once every term is a valid span.
  if (termDateProblems.length === 0) problems.push(...overlapProblems(calendar.terms));
  problems.push(...dayListProblems(calendar, calendar.insetDays, 'INSET day', true));
  problems.push(...dayListProblems(calendar, calendar.closures, 'Closure', false));
  problems.push(...sessionTimeProblems(calendar));
  return problems;
}

/** Reg 6 notices count from the session times a school publishes: both given as HH:MM, the morning first. */
function sessionTimeProblems({ sessionTimes: s }: SchoolCalendar): string[] {
  if (!s) return [];
  if (!isSessionTime(s.morningStarts) || !isSessionTime(s.afternoonEnds))
    return ['Session times are given as HH:MM (UK time)'];
  return s.morningStarts < s.afternoonEnds ? [] : ['The morning session must start before the afternoon session ends'];
}

function identityProblems(calendar: SchoolCalendar): string[] {
  const problems: string[] = [];
  if (calendar.id.trim() === '') problems.push('The calendar needs an id');
  if (calendar.name.trim() === '') problems.push('The calendar needs a name');
  return problems;
}

function termProblems(term: TermSpan): string[] {
  const problems = [term.start, term.end]
    .filter((date) => !isIsoDate(date))
    .map((date) => `Term date "${date}" is not a real date (YYYY-MM-DD)`);
  if (problems.length === 0 && term.end < term.start) {
    problems.push(`Term ${term.start} – ${term.end} ends before it starts`);
  }
  return problems;
}

function overlapProblems(terms: ReadonlyArray<TermSpan>): string[] {
  const sorted = [...terms].sort((a, b) => a.start.localeCompare(b.start));
  return sorted.slice(1).flatMap((term, index) => {
    const previous = sorted[index]!;
    return term.start <= previous.end
      ? [`Term ${term.start} – ${term.end} overlaps term ${previous.start} – ${previous.end}`]
      : [];
  });
}

function dayListProblems(
  calendar: SchoolCalendar,
  days: readonly IsoDate[],
  label: string,
  mustBeInTerm: boolean,
): string[] {
  return days.flatMap((day) => {
    if (!isIsoDate(day)) return [`${label} "${day}" is not a real date (YYYY-MM-DD)`];
    if (mustBeInTerm && !isInTerm(calendar, day)) return [`${label} ${day} is outside every term`];
    return [];
  });
}
