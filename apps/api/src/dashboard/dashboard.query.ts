import { HttpStatus } from '@nestjs/common';
import { YEAR_GROUPS } from '@ap/domain';
import { problem, ProblemException } from '../http/problem';

/** Dashboard filters: each maps to a column of the pupil's latest referral (alias r) or the row's school. */
export type DashboardFilters = Readonly<{
  school?: string;
  provider?: string;
  reason?: string;
  sen?: string;
  socialWorker?: string;
  lookedAfter?: string;
  pupilPremium?: string;
  yearGroup?: string;
}>;

const BOOL = (value: string, field: string): boolean => {
  if (value === 'true' || value === 'false') return value === 'true';
  throw new ProblemException(
    problem(HttpStatus.BAD_REQUEST, 'VALIDATION_FAILED', `${field} must be true or false`, {
      field,
      rule: 'isBoolean',
    }),
  );
};

const YEAR_GROUP = (value: string): string => {
  if (YEAR_GROUPS.map(String).includes(value)) return value;
  throw new ProblemException(
    problem(HttpStatus.BAD_REQUEST, 'VALIDATION_FAILED', 'yearGroup must be R or a year from 1 to 13', {
      field: 'yearGroup',
      rule: 'isIn',
    }),
  );
};

/** SQL conditions and parameters for the filters, numbered from `first`. */
export function filterSql(
  filters: DashboardFilters,
  schoolColumn: string,
  first: number,
): { sql: string; params: unknown[] } {
  const conditions: string[] = [];
  const params: unknown[] = [];
  const add = (sql: string, value: unknown) => {
    params.push(value);
    conditions.push(sql.replace('?', `$${first + params.length - 1}`));
  };
  if (filters.school) add(`${schoolColumn} = ?`, filters.school);
  if (filters.provider) add('r.provider_id = ?', filters.provider);
  if (filters.reason) add('r.reason = ?', filters.reason);
  if (filters.sen) add('r.sen_provision = ?', filters.sen);
  if (filters.socialWorker) add('coalesce(r.social_worker, false) = ?', BOOL(filters.socialWorker, 'socialWorker'));
  if (filters.lookedAfter) add('coalesce(r.looked_after, false) = ?', BOOL(filters.lookedAfter, 'lookedAfter'));
  if (filters.pupilPremium)
    add(
      'coalesce((SELECT f.pupil_premium FROM rm_referral_facts f WHERE f.referral_id = r.referral_id), false) = ?',
      BOOL(filters.pupilPremium, 'pupilPremium'),
    );
  if (filters.yearGroup) add('r.year_group = ?', YEAR_GROUP(filters.yearGroup));
  return { sql: conditions.map((c) => ` AND ${c}`).join(''), params };
}

/** The pupil's most recent referral, for filtering rows that are keyed by UPN. */
export const LATEST_REFERRAL = (upnColumn: string) =>
  `LEFT JOIN LATERAL (SELECT * FROM rm_referrals rr WHERE rr.upn = ${upnColumn} ORDER BY rr.opened_at DESC LIMIT 1) r ON true`;

export function toCsv(rows: ReadonlyArray<Record<string, unknown>>): string {
  if (rows.length === 0) return '\r\n';
  const columns = Object.keys(rows[0]!);
  const cell = (v: unknown) => `"${String(v instanceof Date ? v.toISOString() : (v ?? '')).replace(/"/g, '""')}"`;
  return [columns.join(','), ...rows.map((row) => columns.map((c) => cell(row[c])).join(','))].join('\r\n') + '\r\n';
}
