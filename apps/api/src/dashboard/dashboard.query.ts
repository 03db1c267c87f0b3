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

/**
 * The pupil's most recent referral that the caller's LA may see (it commissioned it or is the pupil's home LA), for
 * filtering rows keyed by UPN: another LA's referral must not show its reason or flags through the filters.
 */
export const LATEST_REFERRAL = (upnColumn: string, laParam: string) =>
  `LEFT JOIN LATERAL (SELECT * FROM rm_referrals rr WHERE rr.upn = ${upnColumn} AND (rr.commissioner_la = ${laParam} OR rr.home_la = ${laParam}) ORDER BY rr.opened_at DESC LIMIT 1) r ON true`;

/** The columns of each dashboard table, for the header row of an export with no rows. */
export const TABLE_COLUMNS: Readonly<Record<string, readonly string[]>> = {
  day6: [
    'periodId',
    'upn',
    'schoolUrn',
    'responsibleKind',
    'responsibleId',
    'day1',
    'day6',
    'status',
    'placementAccepted',
    'acceptedStart',
    'startedOn',
    'startedFullTime',
    'firstNoticeMissing',
    'provisionNoticeMissing',
    'reason',
    'providerId',
    'schoolDaysLeft',
  ],
  overdue: ['kind', 'subjectId', 'dueBy', 'raisedAt', 'upn', 'commissionerId', 'providerId', 'reason'],
  partTime: [
    'placementId',
    'upn',
    'providerId',
    'commissionerId',
    'hoursPerWeek',
    'since',
    'endDate',
    'calendarDaysPartTime',
    'endDatePassed',
  ],
};
