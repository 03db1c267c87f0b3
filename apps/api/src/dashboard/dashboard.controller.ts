import { Controller, Get, HttpStatus, Inject, Query, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { AccessLog, AggregateReader, CLOCK } from '@ap/application';
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
import { summarise, termStart } from './dashboard.summary';
import { toCsv } from '../http/csv';
import { TABLE_COLUMNS, type DashboardFilters } from './dashboard.query';
import { DashboardQuery } from './dashboard-tables.query';

const TABLES = ['day6', 'breaches', 'overdue', 'partTime', 'parentNotices'] as const;
type Table = (typeof TABLES)[number];

/** The LA compliance dashboard, from the read models the worker keeps (a change shows once the worker has applied it). */
@ApiTags('LA dashboard')
@ApiBearerAuth()
@Roles('la_officer', 'la_auditor')
@Controller('la/dashboard')
export class DashboardController {
  constructor(
    private readonly query: DashboardQuery,
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
    const summary = summarise(tables, await this.query.breachesSince(la, since));
    await this.recordReads(request, Object.values(tables).flat(), 'LA dashboard');
    return { laCode: la, today, summary, ...tables };
  }

  /** A view of pupil-level rows is a read of each pupil's record: each is recorded in that pupil's access log. */
  private async recordReads(request: ApiRequest, rows: ReadonlyArray<Record<string, unknown>>, what: string) {
    const upns = rows.map((r) => r['upn']).filter((u): u is string => typeof u === 'string');
    await this.accessLog.recordReads(request.actor, upns, what, request.correlationId, this.clock.now());
  }

  private async tables(
    la: string,
    today: string,
    filters: DashboardFilters,
  ): Promise<Record<Table, Array<Record<string, unknown>>>> {
    const withDaysLeft = await this.daysLeft(await this.query.clocks(la, filters), la, today);
    const overdue = await this.query.overdueItems(la, filters);
    const partTime = await this.query.partTime(la, today, filters);
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
