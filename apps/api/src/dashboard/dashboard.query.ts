import { HttpStatus } from '@nestjs/common';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { YEAR_GROUPS } from '@ap/domain';
import { ReferralFactsRow } from '@ap/read-models';
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

/**
 * The filters as conditions on a query whose pupil's latest referral is joined as `r`, every value a bound parameter
 * (never part of the SQL text). `school` is the column that names the row's school (it differs per table).
 */
export function withFilters<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  filters: DashboardFilters,
  school: string,
): SelectQueryBuilder<T> {
  const add = (condition: string, parameters: ObjectLiteral) => query.andWhere(condition, parameters);
  if (filters.school) add(`${school} = :school`, { school: filters.school });
  if (filters.provider) add('r.providerId = :provider', { provider: filters.provider });
  if (filters.reason) add('r.reason = :reason', { reason: filters.reason });
  if (filters.sen) add('r.senProvision = :sen', { sen: filters.sen });
  if (filters.socialWorker)
    add('coalesce(r.socialWorker, false) = :socialWorker', {
      socialWorker: BOOL(filters.socialWorker, 'socialWorker'),
    });
  if (filters.lookedAfter)
    add('coalesce(r.lookedAfter, false) = :lookedAfter', { lookedAfter: BOOL(filters.lookedAfter, 'lookedAfter') });
  if (filters.pupilPremium) {
    const premium = query
      .subQuery()
      .select('f.pupilPremium')
      .from(ReferralFactsRow, 'f')
      .where('f.referralId = r.referralId')
      .getQuery();
    add(`coalesce(${premium}, false) = :pupilPremium`, { pupilPremium: BOOL(filters.pupilPremium, 'pupilPremium') });
  }
  if (filters.yearGroup) add('r.yearGroup = :yearGroup', { yearGroup: YEAR_GROUP(filters.yearGroup) });
  return query;
}

/**
 * Join condition for the pupil's most recent referral that the caller's LA (`:la`) may see (it commissioned it or is
 * the pupil's home LA), for rows keyed by UPN: another LA's referral must not show its reason or flags through the
 * filters.
 */
export const LATEST_REFERRAL = (upn: string) =>
  `r.referralId = (SELECT rr.referral_id FROM rm_referrals rr WHERE rr.upn = ${upn} AND (rr.commissioner_la = :la OR rr.home_la = :la) ORDER BY rr.opened_at DESC LIMIT 1)`;
