import { Controller, Get, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { must } from '../api/api-client';
import { UserApi } from '../api/user-api';
import { CurrentUser, ForRoles } from '../auth/auth.decorators';
import type { SessionUser } from '../auth/session-user';
import { presentDashboard, readFilters, selectedFilters, type DashboardAnswer } from './la-dashboard.presenter';
import { dashboardTables, filterOptions } from './la-dashboard.view';
import { laNames } from './la-names';

const TABLES = ['day6', 'breaches', 'overdue', 'partTime', 'parentNotices'];

/** The LA's morning screen: who is about to miss day 6, what is overdue, filtered the MoJ way. */
@Controller('la')
@ForRoles('la_officer', 'la_auditor')
export class LaDashboardController {
  constructor(private readonly api: UserApi) {}

  @Get()
  async dashboard(@CurrentUser() user: SessionUser, @Query() query: Record<string, unknown>, @Res() res: Response) {
    const filters = readFilters(query);
    const api = this.api.for(user);
    const [answer, names] = await Promise.all([
      must(api.GET('/la/dashboard', { params: { query: filters as never } })),
      laNames(api, user.organisationId),
    ]);
    const board = presentDashboard(answer as unknown as DashboardAnswer, names);
    res.render('la/la-dashboard.njk', {
      board,
      tables: dashboardTables(board, filters),
      options: filterOptions(filters, names),
      selected: selectedFilters(filters, names),
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
