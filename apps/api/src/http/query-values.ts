import { HttpStatus } from '@nestjs/common';
import { isIsoDate } from '@ap/domain';
import { problem, ProblemException } from './problem';

export const invalidValue = (field: string, rule: string, message: string): ProblemException =>
  new ProblemException(problem(HttpStatus.BAD_REQUEST, 'VALIDATION_FAILED', message, { field, rule, detail: message }));

// YYYY-MM-DD, or a full instant with a zone: nothing else (Date.parse reads '2025-02-30' as 2 March, '-1' as 2001).
const INSTANT = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;
const EARLIEST_YEAR = 1900;
const LATEST_YEAR = 9999;

/**
 * A query instant: a school day (read as its end, 23:59:59.999Z) or an ISO-8601 instant with a zone, on a real
 * calendar date between 1900 and 9999. Issue 18: impossible and out-of-range values were read as something else or
 * answered 500.
 */
export function parseInstant(value: string | undefined, field: string): string | undefined {
  if (value === undefined) return undefined;
  const match = INSTANT.exec(value);
  const date = match ? match[1] : value;
  const valid =
    isIsoDate(date) &&
    (!match || (Number(match[2]) < 24 && Number(match[3]) < 60 && Number(match[4] ?? 0) < 60)) &&
    Number(date.slice(0, 4)) >= EARLIEST_YEAR &&
    Number(date.slice(0, 4)) <= LATEST_YEAR;
  if (!valid)
    throw invalidValue(
      field,
      'isISO8601',
      `${field} must be a date (YYYY-MM-DD) or an instant with a zone (2025-11-03T08:00:00Z) between ${EARLIEST_YEAR} and ${LATEST_YEAR}`,
    );
  return new Date(match ? Date.parse(value) : Date.parse(`${value}T23:59:59.999Z`)).toISOString();
}

/** A page size: a whole number from 1 to `max` (issue 18: -1, 0, abc, 100000 and 1.5 were taken or answered 500). */
export function parseLimit(value: string | undefined, field: string, fallback: number, max: number): number {
  if (value === undefined) return fallback;
  if (!/^\d{1,6}$/.test(value) || Number(value) < 1 || Number(value) > max)
    throw invalidValue(field, 'isInt', `${field} must be a whole number from 1 to ${max}`);
  return Number(value);
}
