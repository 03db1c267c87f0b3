import { Controller, Get, HttpStatus, Inject, Query, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { AccessLog, AggregateReader, CLOCK } from '@ap/application';
import { DATABASE, type DatabaseConnection } from '@ap/database';
import {
  addCalendarDays,
  ENGLAND_STANDARD_CALENDAR,
  schoolDaysBetween,
  type Clock,
  type SchoolCalendar,
} from '@ap/domain';
import { Roles } from '../auth/auth.decorators';
import { CalendarResolver } from '../directory/calendar-resolver.service';
import { ApiOkJsonOrCsv, ApiProblems } from '../http/api-problems.decorator';
import { DashboardDto } from './dashboard.response.dto';
import { problem, ProblemException } from '../http/problem';
import type { ApiRequest } from '../http/request-context';
import { countBreachesSince, summarise, termStart } from './dashboard.summary';
import { toCsv } from '../http/csv';
import { filterSql, LATEST_REFERRAL, TABLE_COLUMNS, type DashboardFilters } from './dashboard.query';

const TABLES = ['day6', 'breaches', 'overdue', 'partTime', 'parentNotices'] as const;
type Table = (typeof TABLES)[number];

/** The LA compliance dashboard, from the read models the worker keeps (a change shows once the worker has applied it). */
@ApiTags('LA dashboard')
@ApiBearerAuth()
@Roles('la_officer', 'la_auditor')
@Controller('la/dashboard')
export class DashboardController {
  constructor(
    @Inject(DATABASE) private readonly db: DatabaseConnection,
    private readonly calendars: CalendarResolver,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly accessLog: AccessLog,
    private readonly reader: AggregateReader,
  ) {}

  @Get()
  @ApiOperation({
    summary:
      "Open day-6 clocks, breaches, overdue timelines, part-time timetables and missing parent notices for the caller's LA",
  })
  @ApiQuery({ name: 'school', required: false })
  @ApiQuery({ name: 'provider', required: false })
  @ApiQuery({ name: 'reason', required: false })
  @ApiQuery({ name: 'sen', required: false, enum: ['N', 'K', 'E'] })
  @ApiQuery({ name: 'socialWorker', required: false, type: Boolean })
  @ApiQuery({ name: 'lookedAfter', required: false, type: Boolean })
  @ApiQuery({ name: 'pupilPremium', required: false, type: Boolean })
  @ApiQuery({ name: 'yearGroup', required: false, description: 'R or 1 to 13' })
  @ApiQuery({ name: 'table', required: false, enum: TABLES, description: 'With format=csv: the table to export' })
  @ApiQuery({ name: 'format', required: false, enum: ['json', 'csv'] })
  @ApiOkJsonOrCsv(DashboardDto, 'With format=csv: the rows of the chosen table')
  @ApiProblems(400, 401, 403)
  async dashboard(
    @Req() request: ApiRequest,
    @Res({ passthrough: true }) response: Response,
    @Query() query: DashboardFilters & { table?: string; format?: string },
  ) {
    const la = request.actor.organisationId;
    const today = this.clock.now().slice(0, 10);
    const tables = await this.tables(la, today, query);
    if (query.format === 'csv') {
      if (!TABLES.includes(query.table as Table)) {
        throw new ProblemException(
          problem(HttpStatus.BAD_REQUEST, 'VALIDATION_FAILED', `table must be one of ${TABLES.join(', ')}`, {
            field: 'table',
            rule: 'isIn',
          }),
        );
      }
      const rows = tables[query.table as Table];
      await this.recordReads(request, rows, `LA dashboard export (${query.table})`);
      response
        .type('text/csv')
        .setHeader('Content-Disposition', `attachment; filename="${la}-${query.table}-${today}.csv"`);
      // breaches and parentNotices are day-6 rows
      return toCsv(rows, rows[0] ? Object.keys(rows[0]) : (TABLE_COLUMNS[query.table!] ?? TABLE_COLUMNS['day6']!));
    }
    const { state } = await this.reader.load('lacalendar', la);
    const since = termStart(state.calendar ?? ENGLAND_STANDARD_CALENDAR, today);
    const summary = summarise(tables, await countBreachesSince(this.db.pool, la, since));
    await this.recordReads(request, Object.values(tables).flat(), 'LA dashboard');
    return { laCode: la, today, summary, ...tables };
  }

  /** A view of pupil-level rows is a read of each pupil's record: each is recorded in that pupil's access log. */
  private async recordReads(request: ApiRequest, rows: ReadonlyArray<Record<string, unknown>>, what: string) {
    const upns = [...new Set(rows.map((r) => r['upn']).filter((u): u is string => typeof u === 'string'))];
    const at = this.clock.now();
    await Promise.all(
      upns.map((upn) => this.accessLog.recordRead(request.actor, upn, what, request.correlationId, at)),
    );
  }

  private async tables(
    la: string,
    today: string,
    filters: DashboardFilters,
  ): Promise<Record<Table, Array<Record<string, unknown>>>> {
    const day6Filter = filterSql(filters, 'd.school_urn', 2);
    const { rows: clocks } = await this.db.pool.query(
      `SELECT d.period_id AS "periodId", d.upn, d.school_urn AS "schoolUrn", d.responsible_kind AS "responsibleKind", d.responsible_id AS "responsibleId",
              to_char(d.day1, 'YYYY-MM-DD') AS day1, to_char(d.day6, 'YYYY-MM-DD') AS day6, d.status,
              d.referral_id IS NOT NULL AS "placementAccepted", to_char(d.accepted_start, 'YYYY-MM-DD') AS "acceptedStart",
              to_char(d.started_on, 'YYYY-MM-DD') AS "startedOn", d.started_full_time AS "startedFullTime",
              d.first_notice_missing AS "firstNoticeMissing", d.provision_notice_missing AS "provisionNoticeMissing", r.reason, r.provider_id AS "providerId",
              d.looked_after AS "lookedAfterFromDay1", d.ended_reason AS "endedReason", to_char(d.part_time_started_on, 'YYYY-MM-DD') AS "partTimeStartedOn"
         FROM rm_day6 d ${LATEST_REFERRAL('d.upn', '$1')}
        WHERE d.la_code = $1${day6Filter.sql} ORDER BY d.day6, d.period_id`,
      [la, ...day6Filter.params],
    );
    const withDaysLeft = await this.daysLeft(clocks, la, today);
    const overdueFilter = filterSql(filters, 'r.commissioner_id', 2);
    const { rows: overdue } = await this.db.pool.query(
      `SELECT o.kind, o.subject_id AS "subjectId", to_char(o.due_by, 'YYYY-MM-DD') AS "dueBy", o.raised_at AS "raisedAt", COALESCE(r.upn, ou.upn) AS upn,
              COALESCE(r.commissioner_id, ou.school_urn) AS "commissionerId", COALESCE(r.provider_id, ou.provider_id) AS "providerId", r.reason
         FROM rm_overdue o LEFT JOIN rm_referrals r ON r.referral_id = o.subject_id
         LEFT JOIN rm_outreach ou ON o.kind = 'outreach_response' AND ou.outreach_id = o.subject_id
        WHERE o.la_code = $1 AND o.resolved_at IS NULL${overdueFilter.sql} ORDER BY o.raised_at, o.item_id`,
      [la, ...overdueFilter.params],
    );
    const partTimeFilter = filterSql(filters, 'p.commissioner_id', 3);
    const { rows: partTime } = await this.db.pool.query(
      `SELECT p.placement_id AS "placementId", p.upn, p.provider_id AS "providerId", p.commissioner_id AS "commissionerId", p.hours_per_week::float AS "hoursPerWeek",
              to_char(p.part_time_since, 'YYYY-MM-DD') AS since, to_char(p.part_time_end, 'YYYY-MM-DD') AS "endDate", ($2::date - p.part_time_since) AS "calendarDaysPartTime",
              p.part_time_end < $2::date AS "endDatePassed"
         FROM rm_placements p LEFT JOIN rm_referrals r ON r.referral_id = p.referral_id
        WHERE p.commissioner_la = $1 AND p.status IN ('planned', 'active') AND NOT p.full_time${partTimeFilter.sql} ORDER BY p.part_time_since, p.placement_id`,
      [la, today, ...partTimeFilter.params],
    );
    return {
      day6: withDaysLeft.filter((c) => c['status'] === 'open'),
      breaches: withDaysLeft.filter((c) => c['status'] === 'breached'),
      overdue,
      partTime,
      parentNotices: withDaysLeft.filter((c) => c['firstNoticeMissing'] || c['provisionNoticeMissing']),
    };
  }

  /** School days left before day 6 on each excluding school's calendar (0 once day 6 has begun). */
  private async daysLeft(rows: Array<Record<string, unknown>>, la: string, today: string) {
    const cache = new Map<string, SchoolCalendar>();
    const out: Array<Record<string, unknown>> = [];
    for (const row of rows) {
      const urn = String(row['schoolUrn'] ?? '');
      if (!cache.has(urn)) cache.set(urn, await this.calendars.forSchool(urn, la));
      const day6 = String(row['day6']);
      const left = day6 <= today ? 0 : schoolDaysBetween(cache.get(urn)!, today, addCalendarDays(day6, -1));
      out.push({ ...row, schoolDaysLeft: left });
    }
    return out;
  }
}
