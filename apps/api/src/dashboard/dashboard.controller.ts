import { applyDecorators, Controller, Get, HttpStatus, Inject, Param, Query, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiParam, ApiQuery, ApiTags } from '@nestjs/swagger';
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
import { DashboardDto, DashboardTableDto } from './dashboard.response.dto';
import { parseLimit } from '../http/query-values';
import { problem, ProblemException } from '../http/problem';
import type { ApiRequest } from '../http/request-context';
import { summarise, termStart } from './dashboard.summary';
import { dashboardCsv } from './dashboard.csv';
import type { DashboardFilters } from './dashboard.query';
import { DashboardQuery } from './dashboard-tables.query';

const TABLES = ['day6', 'breaches', 'overdue', 'partTime', 'parentNotices'] as const;
type Table = (typeof TABLES)[number];
/** Each table as the access log names it ("LA dashboard: day-6 breaches, page 2"). */
const TABLE_TITLES: Readonly<Record<Table, string>> = {
  day6: 'open day-6 clocks',
  breaches: 'day-6 breaches',
  overdue: 'overdue items',
  partTime: 'part-time timetables',
  parentNotices: 'parent notices not given',
};
type Tables = Record<Table, Array<Record<string, unknown>>>;

const tableOf = (name: string | undefined): Table => {
  if (TABLES.includes(name as Table)) return name as Table;
  throw new ProblemException(
    problem(HttpStatus.BAD_REQUEST, 'VALIDATION_FAILED', `table must be one of ${TABLES.join(', ')}`, {
      field: 'table',
      rule: 'isIn',
    }),
  );
};

/** The dashboard's filters, as OpenAPI query parameters. */
const FilterQueries = () =>
  applyDecorators(
    ApiQuery({ name: 'school', required: false }),
    ApiQuery({ name: 'provider', required: false }),
    ApiQuery({ name: 'reason', required: false }),
    ApiQuery({ name: 'sen', required: false, enum: ['N', 'K', 'E'] }),
    ApiQuery({ name: 'socialWorker', required: false, type: Boolean }),
    ApiQuery({ name: 'lookedAfter', required: false, type: Boolean }),
    ApiQuery({ name: 'pupilPremium', required: false, type: Boolean }),
    ApiQuery({ name: 'yearGroup', required: false, description: 'R or 1 to 13' }),
  );

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
      "The LA's morning screen: summary counts, then the most urgent rows of each table (open day-6 clocks, this term's breaches, overdue timelines, part-time timetables, this term's missing parent notices); the rest through /la/dashboard/{table}",
  })
  @FilterQueries()
  @ApiQuery({ name: 'limit', required: false, description: 'Rows per table, 1 to 500 (default 20)' })
  @ApiQuery({ name: 'table', required: false, enum: TABLES, description: 'With format=csv: the table to export' })
  @ApiQuery({ name: 'format', required: false, enum: ['json', 'csv'] })
  @ApiOkJsonOrCsv(DashboardDto, 'With format=csv: every row of the chosen table')
  @ApiProblems(400, 401, 403)
  async dashboard(
    @Req() request: ApiRequest,
    @Res({ passthrough: true }) response: Response,
    @Query() query: DashboardFilters & { table?: string; format?: string; limit?: string },
  ) {
    if (query.format === 'csv') return this.csv(request, response, tableOf(query.table), query);
    const limit = parseLimit(query.limit, 'limit', 20, 500);
    const board = await this.tables(request, query, { offset: 0, limit });
    const shown = Object.fromEntries(TABLES.map((t) => [t, board.tables[t].slice(0, limit)])) as Tables;
    await this.recordReads(request, Object.values(shown).flat(), 'LA dashboard');
    const { la, today, since, summary, totals, directory } = board;
    return { laCode: la, today, termStart: since, summary, limit, totals, ...shown, ...directory };
  }

  @Get(':table')
  @ApiOperation({ summary: 'One dashboard table, a page at a time (the same rows and order as the dashboard)' })
  @ApiParam({ name: 'table', enum: TABLES })
  @FilterQueries()
  @ApiQuery({ name: 'page', required: false, description: 'From 1 (default 1)' })
  @ApiQuery({ name: 'pageSize', required: false, description: 'Rows per page, 1 to 500 (default 50)' })
  @ApiQuery({ name: 'format', required: false, enum: ['json', 'csv'] })
  @ApiOkJsonOrCsv(DashboardTableDto, 'With format=csv: every row of the table')
  @ApiProblems(400, 401, 403)
  async table(
    @Req() request: ApiRequest,
    @Res({ passthrough: true }) response: Response,
    @Param('table') name: string,
    @Query() query: DashboardFilters & { page?: string; pageSize?: string; format?: string },
  ) {
    const table = tableOf(name);
    if (query.format === 'csv') return this.csv(request, response, table, query);
    const pageSize = parseLimit(query.pageSize, 'pageSize', 50, 500);
    const page = parseLimit(query.page, 'page', 1, 100_000);
    const offset = (page - 1) * pageSize;
    const board = await this.tables(request, query, { offset, limit: pageSize });
    // The overdue items come a page at a time from the database; the other tables are short enough to slice here.
    const rows = table === 'overdue' ? board.tables.overdue : board.tables[table].slice(offset, offset + pageSize);
    await this.recordReads(request, rows, `LA dashboard: ${TABLE_TITLES[table]}, page ${page}`);
    const { la, today, since, totals, directory } = board;
    return { laCode: la, today, termStart: since, table, total: totals[table], page, pageSize, rows, ...directory };
  }

  /** Every row of one table as CSV (each exported pupil's access log records the read). */
  private async csv(request: ApiRequest, response: Response, table: Table, filters: DashboardFilters) {
    const { la, today, tables } = await this.tables(request, filters);
    const rows = tables[table];
    await this.recordReads(request, rows, `LA dashboard: ${TABLE_TITLES[table]}, downloaded as CSV`);
    response.type('text/csv').setHeader('Content-Disposition', `attachment; filename="${la}-${table}-${today}.csv"`);
    return dashboardCsv(table, rows);
  }

  /** A view of pupil-level rows is a read of each pupil's record: one entry naming them all (AccessLog). */
  private async recordReads(request: ApiRequest, rows: ReadonlyArray<Record<string, unknown>>, what: string) {
    const upns = rows.map((r) => r['upn']).filter((u): u is string => typeof u === 'string');
    await this.accessLog.recordReads(request.actor, upns, what, request.correlationId, this.clock.now());
  }

  /**
   * The tables, most urgent first, with the summary and each table's size. Breaches and missing parent notices are
   * this term's (day 6 on or after the first day of the term on the LA's calendar), as the summary's "this term"
   * says; open clocks, overdue items and part-time timetables are whatever is still open. The overdue items are the
   * page asked for (all of them without one); the other tables are whole.
   */
  private async tables(
    request: ApiRequest,
    filters: DashboardFilters,
    overduePage?: { offset: number; limit: number },
  ) {
    const la = request.actor.organisationId;
    const today = this.clock.now().slice(0, 10);
    const { state } = await this.reader.load('lacalendar', la);
    const standard = state.calendar ?? ENGLAND_STANDARD_CALENDAR;
    const since = termStart(standard, today);
    const [found, overdue, counts, partTime, directory] = await Promise.all([
      this.query.clocks(la, since, filters),
      this.query.overdueItems(la, filters, overduePage),
      this.query.overdueCounts(la, filters),
      this.query.partTime(la, today, filters),
      this.query.directory(la),
    ]);
    const clocks = await this.daysLeft(found, standard, today);
    const tables: Tables = {
      day6: clocks.filter((c) => c['status'] === 'open'),
      // Those still without provision first, then those whose provision started late; the longest waiting first.
      breaches: clocks
        .filter((c) => (c['status'] === 'breached' || c['status'] === 'met_late') && String(c['day6']) >= since)
        .sort((a, b) => Number(a['status'] === 'met_late') - Number(b['status'] === 'met_late')),
      overdue,
      partTime,
      parentNotices: clocks.filter(
        (c) => (c['firstNoticeMissing'] || c['provisionNoticeMissing']) && String(c['day6']) >= since,
      ),
    };
    const totals: Record<Table, number> = {
      day6: tables.day6.length,
      breaches: tables.breaches.length,
      overdue: Object.values(counts.byKind).reduce((sum, n) => sum + n, 0),
      partTime: tables.partTime.length,
      parentNotices: tables.parentNotices.length,
    };
    return { la, today, since, tables, totals, summary: summarise(tables, counts), directory };
  }

  /** School days left before day 6 on each excluding school's calendar (0 once day 6 has begun). */
  private async daysLeft(
    rows: Array<Record<string, unknown>>,
    standard: SchoolCalendar,
    today: string,
  ): Promise<Array<Record<string, unknown>>> {
    const urnOf = (row: Record<string, unknown>) => String(row['schoolUrn'] ?? '');
    // Only a clock still before its day 6 needs its school's calendar.
    const ahead = rows.filter((row) => String(row['day6']) > today);
    const calendars = await this.calendars.forSchools(ahead.map(urnOf), standard);
    return rows.map((row) => {
      const day6 = String(row['day6']);
      const left = day6 <= today ? 0 : schoolDaysBetween(calendars.get(urnOf(row))!, today, addCalendarDays(day6, -1));
      return { ...row, schoolDaysLeft: left };
    });
  }
}
