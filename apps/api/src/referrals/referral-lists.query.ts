import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository, SelectQueryBuilder } from 'typeorm';
import type { Actor } from '@ap/domain';
import { ProviderRow, ReferralRow, SchoolRow } from '@ap/read-models';
import { laNameSql } from '../directory/organisation-names';

export type ListSort = Readonly<{ property: 'updatedAt' | 'openedAt'; direction: 'ASC' | 'DESC' }>;
/** Keyset position: the sort column as PostgreSQL prints it (microseconds kept) and the referral id. */
export type ListCursor = readonly [string, string];
export type ListItem = Record<string, unknown> & { referralId: string };

/** The commissioning school, or the LA by name ("Local authority 201" where the directory has no name for it). */
const COMMISSIONER_NAME = `CASE WHEN r.commissioner_kind = 'la' THEN ${laNameSql('la.name', 'r.commissioner_la')} ELSE s.name END`;
/**
 * The columns of a list row (referral-list.response.dto.ts), fixed text. Rows are read raw, not hydrated into
 * entities: hydration doubled the cost of a page (docs/architecture.md) and the response wants these shapes.
 */
const LIST_COLUMNS: ReadonlyArray<readonly [string, string]> = [
  ['r.referral_id', 'referralId'],
  ['r.status', 'status'],
  ['r.reason', 'reason'],
  ['r.commissioner_id', 'commissionerId'],
  [COMMISSIONER_NAME, 'commissionerName'],
  ['r.commissioner_la', 'commissionerLa'],
  ['r.provider_id', 'providerId'],
  ['p.name', 'providerName'],
  ['r.upn', 'upn'],
  ['r.pupil_name', 'pupilName'],
  ["to_char(r.date_of_birth, 'YYYY-MM-DD')", 'dateOfBirth'],
  ['r.year_group', 'yearGroup'],
  ['r.open_request_id', 'openRequestId'],
  ["to_char(r.respond_by, 'YYYY-MM-DD')", 'respondBy'],
  ["to_char(r.information_due_by, 'YYYY-MM-DD')", 'informationDueBy'],
  ['r.opened_at', 'openedAt'],
  ['r.submitted_at', 'submittedAt'],
  ['r.updated_at', 'updatedAt'],
  ['r.version', 'version'],
];
const SEARCH_COLUMNS = new Set([
  'upn',
  'pupilName',
  'dateOfBirth',
  'yearGroup',
  'referralId',
  'status',
  'commissionerName',
]);

/** The list, inbox and pupil search over the referrals read model, through its TypeORM repository. */
@Injectable()
export class ReferralListsQuery {
  constructor(@InjectRepository(ReferralRow) private readonly referrals: Repository<ReferralRow>) {}

  /** One page of the caller's referrals, keyset-paged on (sort column, id), one more row than asked for. */
  async page(actor: Actor, status: string | undefined, sort: ListSort, after: ListCursor | undefined, size: number) {
    const column = `r.${sort.property}`;
    // Selections are not rewritten from property names: the column's own name, printed with its microseconds.
    const sortColumn = this.referrals.metadata.findColumnWithPropertyName(sort.property)!.databaseName;
    const query = this.named(actor, LIST_COLUMNS).addSelect(`r.${sortColumn}::text`, 'sort_key');
    if (status !== undefined) query.andWhere('r.status = :status', { status });
    if (after)
      query.andWhere(
        `(${column}, r.referralId) ${sort.direction === 'DESC' ? '<' : '>'} (CAST(:afterKey AS timestamptz), :afterId)`,
        { afterKey: after[0], afterId: after[1] },
      );
    const rows = await query
      .orderBy(column, sort.direction)
      .addOrderBy('r.referralId', sort.direction)
      .limit(size + 1)
      .getRawMany<ListItem & { sort_key: string }>();
    return rows.map(({ sort_key: sortKey, ...item }) => ({ item: item as ListItem, sortKey }));
  }

  /** A provider's referrals awaiting its decision, the earliest respond-by date first. */
  inbox(providerId: string): Promise<ListItem[]> {
    return this.named(undefined, LIST_COLUMNS)
      .where('r.providerId = :providerId', { providerId })
      .andWhere('r.status IN (:...statuses)', { statuses: ['submitted', 'information_requested'] })
      .orderBy('r.respondBy', 'ASC', 'NULLS LAST')
      .addOrderBy('r.submittedAt', 'ASC')
      .addOrderBy('r.referralId', 'ASC')
      .limit(500)
      .getRawMany<ListItem>();
  }

  /**
   * Pupils whose name is close to the search text (trigram similarity) or whose UPN is it: one row per pupil (their
   * latest referral the actor may see), the best match first, then by name.
   */
  async search(actor: Actor, search: string): Promise<Array<Record<string, unknown>>> {
    const found = await this.named(
      actor,
      LIST_COLUMNS.filter(([, alias]) => SEARCH_COLUMNS.has(alias)),
    )
      .addSelect(
        'CASE WHEN lower(r.upn) = :search THEN 2 ELSE word_similarity(:search, lower(r.pupil_name)) END',
        'score',
      )
      .andWhere('r.pupilName IS NOT NULL')
      .andWhere('(lower(r.upn) = :search OR :search <% lower(r.pupilName) OR lower(r.pupilName) % :search)', { search })
      .distinctOn(['coalesce(r.upn, r.referral_id)'])
      .orderBy('coalesce(r.upn, r.referral_id)')
      .addOrderBy('r.openedAt', 'DESC')
      .getRawMany<{ score: number; pupilName: string }>();
    // PostgreSQL's "C" collation (initdb --locale=C) orders names by code point, as `<` does.
    found.sort((a, b) => b.score - a.score || (a.pupilName < b.pupilName ? -1 : a.pupilName > b.pupilName ? 1 : 0));
    return found.slice(0, 20).map(({ score: _score, ...row }) => row);
  }

  /** Referrals with the school's (or LA's) and provider's names, limited to those the actor may see (when one is given). */
  private named(actor: Actor | undefined, columns: ReadonlyArray<readonly [string, string]>) {
    const [[firstSql, firstAlias], ...rest] = columns as Array<[string, string]>;
    const query = rest.reduce(
      (q, [sql, alias]) => q.addSelect(sql, alias),
      this.referrals
        .createQueryBuilder('r')
        .select(firstSql!, firstAlias!)
        .leftJoin(SchoolRow, 's', "s.urn = r.commissionerId AND r.commissionerKind = 'school'")
        .leftJoin('rm_local_authorities', 'la', "la.la_code = r.commissioner_la AND r.commissioner_kind = 'la'")
        .leftJoin(ProviderRow, 'p', 'p.providerId = r.providerId'),
    );
    return actor ? scoped(query, actor) : query;
  }
}

/** Which referrals a caller's organisation may list (the same rule as reading one). */
export function scoped<T extends ReferralRow>(query: SelectQueryBuilder<T>, actor: Actor): SelectQueryBuilder<T> {
  const org = { org: actor.organisationId };
  switch (actor.role) {
    case 'school':
      return query.where("r.commissionerKind = 'school' AND r.commissionerId = :org", org);
    case 'provider':
      return query.where('r.providerId = :org', org);
    case 'la_officer':
    case 'la_auditor':
      return query.where('(r.commissionerLa = :org OR r.homeLa = :org)', org);
    default:
      return query.where('false');
  }
}
