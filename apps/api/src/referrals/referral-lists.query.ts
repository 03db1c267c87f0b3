import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository, SelectQueryBuilder } from 'typeorm';
import type { Actor } from '@ap/domain';
import { ProviderRow, ReferralRow, SchoolRow } from '@ap/read-models';

/** A referral row with the names the lists show (the commissioning school's, the provider's). */
type NamedReferral = ReferralRow & { school?: SchoolRow | null; provider?: ProviderRow | null };

export type ListSort = Readonly<{ property: 'updatedAt' | 'openedAt'; direction: 'ASC' | 'DESC' }>;
/** Keyset position: the sort column as PostgreSQL prints it (microseconds kept) and the referral id. */
export type ListCursor = readonly [string, string];

/** The list, inbox and pupil search over the referrals read model, through its TypeORM repository. */
@Injectable()
export class ReferralListsQuery {
  constructor(@InjectRepository(ReferralRow) private readonly referrals: Repository<ReferralRow>) {}

  /** One page of the caller's referrals, keyset-paged on (sort column, id), one more row than asked for. */
  async page(actor: Actor, status: string | undefined, sort: ListSort, after: ListCursor | undefined, size: number) {
    const column = `r.${sort.property}`;
    // Selections are not rewritten from property names: the column's own name, printed with its microseconds.
    const sortColumn = this.referrals.metadata.findColumnWithPropertyName(sort.property)!.databaseName;
    const query = this.named(actor).addSelect(`r.${sortColumn}::text`, 'sort_key');
    if (status !== undefined) query.andWhere('r.status = :status', { status });
    if (after)
      query.andWhere(
        `(${column}, r.referralId) ${sort.direction === 'DESC' ? '<' : '>'} (:afterKey::timestamptz, :afterId)`,
        {
          afterKey: after[0],
          afterId: after[1],
        },
      );
    const { entities, raw } = await query
      .orderBy(column, sort.direction)
      .addOrderBy('r.referralId', sort.direction)
      .limit(size + 1)
      .getRawAndEntities<{ sort_key: string }>();
    return entities.map((row, i) => ({ item: listItem(row), sortKey: raw[i]!.sort_key }));
  }

  /** A provider's referrals awaiting its decision, the earliest respond-by date first. */
  async inbox(providerId: string) {
    const rows = await this.named(undefined)
      .where('r.providerId = :providerId', { providerId })
      .andWhere('r.status IN (:...statuses)', { statuses: ['submitted', 'information_requested'] })
      .orderBy('r.respondBy', 'ASC', 'NULLS LAST')
      .addOrderBy('r.submittedAt', 'ASC')
      .addOrderBy('r.referralId', 'ASC')
      .limit(500)
      .getMany();
    return rows.map(listItem);
  }

  /**
   * Pupils whose name is close to the search text (trigram similarity) or whose UPN is it: one row per pupil (their
   * latest referral the actor may see), the best match first, then by name.
   */
  async search(actor: Actor, search: string) {
    const { entities, raw } = await this.named(actor)
      .addSelect(
        'CASE WHEN lower(r.upn) = :search THEN 2 ELSE word_similarity(:search, lower(r.pupil_name)) END',
        'score',
      )
      .andWhere('r.pupilName IS NOT NULL')
      .andWhere('(lower(r.upn) = :search OR :search <% lower(r.pupilName) OR lower(r.pupilName) % :search)', { search })
      .distinctOn(['coalesce(r.upn, r.referral_id)'])
      .orderBy('coalesce(r.upn, r.referral_id)')
      .addOrderBy('r.openedAt', 'DESC')
      .getRawAndEntities<{ score: number }>();
    const found = entities.map((r, i) => ({ r, score: raw[i]!.score }));
    // PostgreSQL's "C" collation (initdb --locale=C) orders names by code point, as `<` does.
    found.sort(
      (a, b) => b.score - a.score || (a.r.pupilName! < b.r.pupilName! ? -1 : a.r.pupilName! > b.r.pupilName! ? 1 : 0),
    );
    return found.slice(0, 20).map(({ r }) => {
      const { upn, pupilName, dateOfBirth, yearGroup, referralId, status, commissionerName } = listItem(r);
      return { upn, pupilName, dateOfBirth, yearGroup, referralId, status, commissionerName };
    });
  }

  /** Referrals with the school's and provider's names, limited to those the actor may see (when one is given). */
  private named(actor: Actor | undefined): SelectQueryBuilder<NamedReferral> {
    const query = (this.referrals.createQueryBuilder('r') as SelectQueryBuilder<NamedReferral>)
      .leftJoinAndMapOne('r.school', SchoolRow, 's', "s.urn = r.commissionerId AND r.commissionerKind = 'school'")
      .leftJoinAndMapOne('r.provider', ProviderRow, 'p', 'p.providerId = r.providerId');
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

/** The row as the lists answer it (referral-list.response.dto.ts). */
function listItem(r: NamedReferral) {
  return {
    referralId: r.referralId,
    status: r.status,
    reason: r.reason,
    commissionerId: r.commissionerId,
    commissionerName: r.commissionerKind === 'la' ? `Local authority ${r.commissionerLa}` : (r.school?.name ?? null),
    commissionerLa: r.commissionerLa,
    providerId: r.providerId,
    providerName: r.provider?.name ?? null,
    upn: r.upn,
    pupilName: r.pupilName,
    dateOfBirth: r.dateOfBirth,
    yearGroup: r.yearGroup,
    openRequestId: r.openRequestId,
    respondBy: r.respondBy,
    informationDueBy: r.informationDueBy,
    openedAt: r.openedAt,
    submittedAt: r.submittedAt,
    updatedAt: r.updatedAt,
    version: r.version,
  };
}
