import { Controller, Get, NotFoundException, Param, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { must } from '../api/api-client';
import { UserApi } from '../api/user-api';
import { CurrentUser, ForRoles } from '../auth/auth.decorators';
import type { SessionUser } from '../auth/session-user';
import {
  DASHBOARD_TABLES,
  filterQuery,
  namesOf,
  presentDashboard,
  readFilters,
  selectedFilters,
  type DashboardAnswer,
} from './la-dashboard.presenter';
import { dashboardTables, filterOptions, pageItems, TABLE_SLUGS } from './la-dashboard.view';

/** Rows per page of a whole table. */
const PAGE_SIZE = 50;

const TABLES = ['day6', 'breaches', 'overdue', 'partTime', 'parentNotices'];

/** The LA's morning screen: who is about to miss day 6, what is overdue, filtered the MoJ way. */
@Controller('la')
@ForRoles('la_officer', 'la_auditor')
export class LaDashboardController {
  constructor(private readonly api: UserApi) {}

  @Get()
  async dashboard(@CurrentUser() user: SessionUser, @Query() query: Record<string, unknown>, @Res() res: Response) {
    const filters = readFilters(query);
    const answer = (await must(
      this.api.for(user).GET('/la/dashboard', { params: { query: filters as never } }),
    )) as unknown as DashboardAnswer;
    const names = namesOf(answer);
    const board = presentDashboard(answer, names);
    res.render('la/la-dashboard.njk', {
      board,
      tables: dashboardTables(board, filters),
      options: filterOptions(filters, names),
      selected: selectedFilters(filters, names),
    });
  }

  /** One table whole, a page at a time, the most urgent first (the dashboard shows the first few rows). */
  @Get('dashboard/:table')
  async table(
    @CurrentUser() user: SessionUser,
    @Param('table') slug: string,
    @Query() query: Record<string, unknown>,
    @Res() res: Response,
  ) {
    if (!Object.hasOwn(TABLE_SLUGS, slug)) throw new NotFoundException();
    const key = TABLE_SLUGS[slug]!;
    const filters = readFilters(query);
    const asked = Number(query['page']);
    const number = Number.isInteger(asked) && asked >= 1 && asked <= 100_000 ? asked : 1;
    const answer = (await must(
      this.api.for(user).GET('/la/dashboard/{table}', {
        params: {
          path: { table: key },
          query: { ...filters, page: String(number), pageSize: String(PAGE_SIZE) } as never,
        },
      }),
    )) as unknown as DashboardAnswer & { rows: DashboardAnswer['day6']; total: number };
    // The one table, as the dashboard would show it, with the page's rows.
    const only = Object.fromEntries(DASHBOARD_TABLES.map((t) => [t, t === key ? answer.rows : []]));
    const names = namesOf(answer);
    const board = presentDashboard(
      { ...answer, ...only, summary: {}, totals: { [key]: answer.total } } as unknown as DashboardAnswer,
      names,
    );
    const section = dashboardTables(board, filters).find((t) => t.key === key)!;
    const count = Math.max(1, Math.ceil(answer.total / PAGE_SIZE));
    const href = (n: number) => `/la/dashboard/${slug}?${filterQuery(filters, { page: String(n) })}`;
    res.render('la/la-dashboard-table.njk', {
      board,
      section: { ...section, table: { ...section.table, caption: undefined } },
      selected: selectedFilters(filters, names),
      backLink: `/la?${filterQuery(filters)}#${slug}`,
      page: {
        number,
        count,
        from: Math.min(answer.total, (number - 1) * PAGE_SIZE + 1),
        to: Math.min(answer.total, number * PAGE_SIZE),
      },
      pagination: {
        previous: number > 1 ? { href: href(number - 1) } : undefined,
        next: number < count ? { href: href(number + 1) } : undefined,
        items: pageItems(number, count).map((n) =>
          n === undefined ? { ellipsis: true } : { number: n, href: href(n), current: n === number },
        ),
        landmarkLabel: `${section.caption}: pages`,
      },
    });
  }

  /** The API's CSV of one table, with the same filters (each exported pupil's access log records the read). */
  @Get('dashboard.csv')
  async csv(@CurrentUser() user: SessionUser, @Query() query: Record<string, unknown>, @Res() res: Response) {
    const table = TABLES.includes(String(query['table'])) ? String(query['table']) : 'day6';
    const answer = await this.api.for(user).GET('/la/dashboard', {
      params: { query: { ...readFilters(query), format: 'csv', table } as never },
      parseAs: 'text',
    });
    await must(Promise.resolve(answer));
    res
      .type('text/csv')
      .setHeader('Content-Disposition', answer.response.headers.get('content-disposition') ?? 'attachment')
      .send(answer.data);
  }
}
