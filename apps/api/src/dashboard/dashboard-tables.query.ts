import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { Day6Row, OverdueRow, PlacementRow, ReferralRow } from '@ap/read-models';
import { LATEST_REFERRAL, withFilters, type DashboardFilters } from './dashboard.query';

type Row = Record<string, unknown>;

export type DirectoryNames = Readonly<{
  schools: ReadonlyArray<{ urn: string; name: string }>;
  providers: ReadonlyArray<{ providerId: string; name: string }>;
  localAuthorities: ReadonlyArray<{ laCode: string; name: string }>;
}>;

export type OverdueCounts = Readonly<{ byKind: Readonly<Record<string, number>>; escalated: readonly string[] }>;

/** A breach's pupil's current part-time place (one indexed look-up per breached row; other rows skip it). */
const CURRENT_PART_TIME = (column: string) =>
  `CASE WHEN d.status = 'breached' THEN (SELECT ${column} FROM rm_placements pt WHERE pt.upn = d.upn AND pt.status IN ('planned', 'active') AND NOT pt.full_time ORDER BY pt.start_date DESC, pt.placement_id LIMIT 1) END`;

/**
 * Each table's response columns (fixed text, never a request's values). The rows are read raw rather than hydrated
 * into entities: hydrating every column of a few hundred rows made the dashboard about twice as slow as the same
 * query's raw rows (measured side by side, docs/architecture.md), and the response wants these shapes anyway.
 */
export const DAY6_COLUMNS: ReadonlyArray<readonly [string, string]> = [
  ['d.period_id', 'periodId'],
  ['d.upn', 'upn'],
  ['d.school_urn', 'schoolUrn'],
  ['d.responsible_kind', 'responsibleKind'],
  ['d.responsible_id', 'responsibleId'],
  ["to_char(d.day1, 'YYYY-MM-DD')", 'day1'],
  ["to_char(d.day6, 'YYYY-MM-DD')", 'day6'],
  ['d.status', 'status'],
  ['d.referral_id IS NOT NULL', 'placementAccepted'],
  ["to_char(d.accepted_start, 'YYYY-MM-DD')", 'acceptedStart'],
  ["to_char(d.started_on, 'YYYY-MM-DD')", 'startedOn'],
  ['d.started_full_time', 'startedFullTime'],
  ['d.first_notice_missing', 'firstNoticeMissing'],
  ['d.provision_notice_missing', 'provisionNoticeMissing'],
  ['r.reason', 'reason'],
  ['r.provider_id', 'providerId'],
  ['d.looked_after', 'lookedAfterFromDay1'],
  ['d.ended_reason', 'endedReason'],
  ["to_char(d.part_time_started_on, 'YYYY-MM-DD')", 'partTimeStartedOn'],
  // A breached pupil's current part-time place, if any: part-time provision never meets the day-6 duty, but a breach
  // with a part-time place is not a breach with nothing arranged.
  [CURRENT_PART_TIME('pt.hours_per_week::float'), 'partTimeHoursPerWeek'],
  [CURRENT_PART_TIME('pt.provider_id'), 'partTimeProviderId'],
];
export const OVERDUE_COLUMNS: ReadonlyArray<readonly [string, string]> = [
  ['o.kind', 'kind'],
  ['o.subject_id', 'subjectId'],
  ["to_char(o.due_by, 'YYYY-MM-DD')", 'dueBy'],
  ['o.raised_at', 'raisedAt'],
  // An outreach request's item names its pupil, school and provider through the outreach row.
  ['COALESCE(r.upn, ou.upn)', 'upn'],
  ['COALESCE(r.commissioner_id, ou.school_urn)', 'commissionerId'],
  ['COALESCE(r.provider_id, ou.provider_id)', 'providerId'],
  ['r.reason', 'reason'],
];
export const PART_TIME_COLUMNS: ReadonlyArray<readonly [string, string]> = [
  ['p.placement_id', 'placementId'],
  ['p.upn', 'upn'],
  ['p.provider_id', 'providerId'],
  ['p.commissioner_id', 'commissionerId'],
  ['p.hours_per_week::float', 'hoursPerWeek'],
  ["to_char(p.part_time_since, 'YYYY-MM-DD')", 'since'],
  ["to_char(p.part_time_end, 'YYYY-MM-DD')", 'endDate'],
  ['(CAST(:today AS date) - p.part_time_since)', 'calendarDaysPartTime'],
  ['p.part_time_end < CAST(:today AS date)', 'endDatePassed'],
];

/** The LA dashboard's tables, read through the read models' repositories with the filters as bound parameters. */
@Injectable()
export class DashboardQuery {
  constructor(
    @InjectRepository(Day6Row) private readonly day6: Repository<Day6Row>,
    @InjectRepository(OverdueRow) private readonly overdue: Repository<OverdueRow>,
    @InjectRepository(PlacementRow) private readonly placements: Repository<PlacementRow>,
  ) {}

  /**
   * The LA's open day-6 clocks, and those whose day 6 fell on or after `since` that were breached or whose parent
   * notices were not given, the earliest day 6 first.
   */
  clocks(la: string, since: string, filters: DashboardFilters): Promise<Row[]> {
    const query = this.day6
      .createQueryBuilder('d')
      .leftJoin(ReferralRow, 'r', LATEST_REFERRAL('d.upn'))
      .where('d.laCode = :la', { la })
      .andWhere(
        `(d.status = 'open' OR (d.day6 >= :since AND (d.status IN ('breached', 'met_late') OR d.firstNoticeMissing OR d.provisionNoticeMissing)))`,
        { since },
      );
    return selecting(withFilters(query, filters, 'd.schoolUrn'), DAY6_COLUMNS)
      .orderBy('d.day6', 'ASC')
      .addOrderBy('d.periodId', 'ASC')
      .getRawMany<Row>()
      .then(inOrder(DAY6_COLUMNS));
  }

  /**
   * Open overdue items in the LA, the longest overdue (earliest due) first: a page of them (the whole table when no
   * page is given). An LA's year leaves hundreds open; the dashboard shows a few and counts the rest (overdueCounts).
   */
  overdueItems(la: string, filters: DashboardFilters, page?: { offset: number; limit: number }): Promise<Row[]> {
    const query = this.openOverdue(la, filters);
    return selecting(query, OVERDUE_COLUMNS)
      .orderBy('o.dueBy', 'ASC', 'NULLS LAST')
      .addOrderBy('o.raisedAt', 'ASC')
      .addOrderBy('o.itemId', 'ASC')
      .offset(page?.offset)
      .limit(page?.limit)
      .getRawMany<Row>()
      .then(inOrder(OVERDUE_COLUMNS));
  }

  /** How many open overdue items of each kind, and the placements whose part-time timetable was escalated. */
  async overdueCounts(la: string, filters: DashboardFilters): Promise<OverdueCounts> {
    const rows = await this.openOverdue(la, filters)
      .select('o.kind', 'kind')
      .addSelect('count(*)::int', 'n')
      .addSelect("array_agg(o.subjectId) FILTER (WHERE o.kind = 'part_time_escalated')", 'escalated')
      .groupBy('o.kind')
      .getRawMany<{ kind: string; n: number; escalated: string[] | null }>();
    return {
      byKind: Object.fromEntries(rows.map((r) => [r.kind, r.n])),
      escalated: rows.flatMap((r) => r.escalated ?? []),
    };
  }

  private openOverdue(la: string, filters: DashboardFilters) {
    const query = this.overdue
      .createQueryBuilder('o')
      .leftJoin(ReferralRow, 'r', 'r.referralId = o.subjectId')
      .leftJoin('rm_outreach', 'ou', "o.kind = 'outreach_response' AND ou.outreach_id = o.subjectId")
      .where('o.laCode = :la', { la })
      .andWhere('o.resolvedAt IS NULL');
    return withFilters(query, filters, 'r.commissionerId');
  }

  /**
   * The LA's schools and providers by name, and every named LA (a resident's home LA may be responsible), in one
   * statement, so the page names them and offers them as filters without asking the directory's endpoints as well.
   */
  async directory(la: string): Promise<DirectoryNames> {
    const rows: Array<{ kind: 'school' | 'provider' | 'la'; id: string; name: string }> = await this.day6.manager.query(
      `SELECT 'school' AS kind, urn AS id, name FROM rm_schools WHERE la_code = $1
         UNION ALL SELECT 'provider', provider_id, name FROM rm_providers WHERE la_code = $1
         UNION ALL SELECT 'la', la_code, name FROM rm_local_authorities
         ORDER BY name, id`,
      [la],
    );
    const of = (kind: string) => rows.filter((r) => r.kind === kind);
    return {
      schools: of('school').map((r) => ({ urn: r.id, name: r.name })),
      providers: of('provider').map((r) => ({ providerId: r.id, name: r.name })),
      localAuthorities: of('la').map((r) => ({ laCode: r.id, name: r.name })),
    };
  }

  /** Planned or active placements the LA commissioned that are not full time, the longest part time first. */
  partTime(la: string, today: string, filters: DashboardFilters): Promise<Row[]> {
    const query = this.placements
      .createQueryBuilder('p')
      .leftJoin(ReferralRow, 'r', 'r.referralId = p.referralId')
      .where('p.commissionerLa = :la', { la })
      .andWhere('p.status IN (:...statuses)', { statuses: ['planned', 'active'] })
      .andWhere('NOT p.fullTime')
      .setParameter('today', today);
    return selecting(withFilters(query, filters, 'p.commissionerId'), PART_TIME_COLUMNS)
      .orderBy('p.partTimeSince', 'ASC')
      .addOrderBy('p.placementId', 'ASC')
      .getRawMany<Row>()
      .then(inOrder(PART_TIME_COLUMNS));
  }
}

/** TypeORM lists a selection that names an entity's column before the others: the response keeps the table's order. */
const inOrder =
  (columns: ReadonlyArray<readonly [string, string]>) =>
  (rows: Row[]): Row[] =>
    rows.map((row) => Object.fromEntries(columns.map(([, alias]) => [alias, row[alias]])));

function selecting<T extends { select: (s: string, a: string) => T; addSelect: (s: string, a: string) => T }>(
  query: T,
  columns: ReadonlyArray<readonly [string, string]>,
): T {
  const [[firstSql, firstAlias], ...rest] = columns as Array<[string, string]>;
  return rest.reduce((q, [sql, alias]) => q.addSelect(sql, alias), query.select(firstSql!, firstAlias!));
}
