import { applyDecorators, HttpStatus } from '@nestjs/common';
import { ApiQuery } from '@nestjs/swagger';
import { isIsoDate } from '@ap/domain';
import { problem, ProblemException } from '../http/problem';

/** The school year (1 September to 31 August) that contains `today`. */
export function schoolYearOf(today: string): { from: string; to: string } {
  const year = Number(today.slice(0, 4));
  const start = today.slice(5) >= '09-01' ? year : year - 1;
  return { from: `${start}-09-01`, to: `${start + 1}-08-31` };
}

/** A reporting period from the query, by default the current school year; at most two years long. */
export function periodFrom(query: { from?: string; to?: string }, today: string): { from: string; to: string } {
  const fallback = schoolYearOf(today);
  const period = { from: query.from ?? fallback.from, to: query.to ?? fallback.to };
  for (const field of ['from', 'to'] as const) {
    if (!isIsoDate(period[field]))
      throw new ProblemException(
        problem(HttpStatus.BAD_REQUEST, 'VALIDATION_FAILED', `${field} must be a date as YYYY-MM-DD`, {
          field,
          rule: 'isIsoDate',
        }),
      );
  }
  if (period.to < period.from || Date.parse(period.to) - Date.parse(period.from) > 731 * 86_400_000)
    throw new ProblemException(
      problem(HttpStatus.BAD_REQUEST, 'VALIDATION_FAILED', 'to must be on or after from, and within two years of it', {
        field: 'to',
        rule: 'isPeriod',
      }),
    );
  return period;
}

/** The `from` and `to` query parameters of a reporting period, as the OpenAPI document shows them. */
export const ApiPeriodQuery = () =>
  applyDecorators(
    ApiQuery({
      name: 'from',
      required: false,
      example: '2025-09-01',
      description: 'Default: 1 September this school year',
    }),
    ApiQuery({
      name: 'to',
      required: false,
      example: '2026-08-31',
      description: 'Default: 31 August this school year',
    }),
  );
