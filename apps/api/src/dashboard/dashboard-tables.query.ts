import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { Day6Row, OverdueRow, PlacementRow, ReferralRow } from '@ap/read-models';
import { LATEST_REFERRAL, withFilters, type DashboardFilters } from './dashboard.query';

type Row = Record<string, unknown>;
type WithReferral<T> = T & { referral?: ReferralRow | null };

const DAY_MS = 86_400_000;

/** The LA dashboard's tables, read through the read models' repositories with the filters as bound parameters. */
@Injectable()
export class DashboardQuery {
  constructor(
    @InjectRepository(Day6Row) private readonly day6: Repository<Day6Row>,
    @InjectRepository(OverdueRow) private readonly overdue: Repository<OverdueRow>,
    @InjectRepository(PlacementRow) private readonly placements: Repository<PlacementRow>,
  ) {}

  /** Every day-6 clock in the LA, the earliest day 6 first. */
  async clocks(la: string, filters: DashboardFilters): Promise<Row[]> {
    const query = this.day6
      .createQueryBuilder('d')
      .leftJoinAndMapOne('d.referral', ReferralRow, 'r', LATEST_REFERRAL('d.upn'))
      .where('d.laCode = :la', { la });
    const rows = (await withFilters(query, filters, 'd.schoolUrn')
      .orderBy('d.day6', 'ASC')
      .addOrderBy('d.periodId', 'ASC')
      .getMany()) as Array<WithReferral<Day6Row>>;
    return rows.map((d) => ({
      periodId: d.periodId,
      upn: d.upn,
      schoolUrn: d.schoolUrn,
      responsibleKind: d.responsibleKind,
      responsibleId: d.responsibleId,
      day1: d.day1,
      day6: d.day6,
      status: d.status,
      placementAccepted: d.referralId !== null,
      acceptedStart: d.acceptedStart,
      startedOn: d.startedOn,
      startedFullTime: d.startedFullTime,
      firstNoticeMissing: d.firstNoticeMissing,
      provisionNoticeMissing: d.provisionNoticeMissing,
      reason: d.referral?.reason ?? null,
      providerId: d.referral?.providerId ?? null,
      lookedAfterFromDay1: d.lookedAfter,
      endedReason: d.endedReason,
      partTimeStartedOn: d.partTimeStartedOn,
    }));
  }

  /** Open overdue items in the LA, the longest-raised first. */
  async overdueItems(la: string, filters: DashboardFilters): Promise<Row[]> {
    const query = this.overdue
      .createQueryBuilder('o')
      .leftJoinAndMapOne('o.referral', ReferralRow, 'r', 'r.referralId = o.subjectId')
      .where('o.laCode = :la', { la })
      .andWhere('o.resolvedAt IS NULL');
    const rows = (await withFilters(query, filters, 'r.commissionerId')
      .orderBy('o.raisedAt', 'ASC')
      .addOrderBy('o.itemId', 'ASC')
      .getMany()) as Array<WithReferral<OverdueRow>>;
    return rows.map((o) => ({
      kind: o.kind,
      subjectId: o.subjectId,
      dueBy: o.dueBy,
      raisedAt: o.raisedAt,
      upn: o.referral?.upn ?? null,
      commissionerId: o.referral?.commissionerId ?? null,
      providerId: o.referral?.providerId ?? null,
      reason: o.referral?.reason ?? null,
    }));
  }

  /** Planned or active placements the LA commissioned that are not full time, the longest part time first. */
  async partTime(la: string, today: string, filters: DashboardFilters): Promise<Row[]> {
    const query = this.placements
      .createQueryBuilder('p')
      .leftJoinAndMapOne('p.referral', ReferralRow, 'r', 'r.referralId = p.referralId')
      .where('p.commissionerLa = :la', { la })
      .andWhere('p.status IN (:...statuses)', { statuses: ['planned', 'active'] })
      .andWhere('NOT p.fullTime');
    const rows = await withFilters(query, filters, 'p.commissionerId')
      .orderBy('p.partTimeSince', 'ASC')
      .addOrderBy('p.placementId', 'ASC')
      .getMany();
    return rows.map((p) => ({
      placementId: p.placementId,
      upn: p.upn,
      providerId: p.providerId,
      commissionerId: p.commissionerId,
      hoursPerWeek: Number(p.hoursPerWeek),
      since: p.partTimeSince,
      endDate: p.partTimeEnd,
      calendarDaysPartTime:
        p.partTimeSince === null ? null : Math.round((Date.parse(today) - Date.parse(p.partTimeSince)) / DAY_MS),
      endDatePassed: p.partTimeEnd === null ? null : p.partTimeEnd < today,
    }));
  }

  /** Day-6 breaches in the LA (still breached, or met late) whose day 6 fell on or after `since`. */
  breachesSince(la: string, since: string): Promise<number> {
    return this.day6
      .createQueryBuilder('d')
      .where('d.laCode = :la', { la })
      .andWhere('d.status IN (:...breached)', { breached: ['breached', 'met_late'] })
      .andWhere('d.day6 >= :since', { since })
      .getCount();
  }
}
