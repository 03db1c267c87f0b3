import { Controller, Get, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { must } from '../api/api-client';
import { UserApi } from '../api/user-api';
import { CurrentUser, ForRoles } from '../auth/auth.decorators';
import type { SessionUser } from '../auth/session-user';
import { parseDate } from '../forms/date-input';
import { FormErrors } from '../forms/form-result';
import { barChartSvg, chartTable } from './bar-chart';
import { outcomesTable, presentTrends, type OutcomesAnswer } from './la-trends.presenter';

/** Trends and outcomes as pictures, each chart with its figures in a table. */
@Controller('la/trends')
@ForRoles('la_officer', 'la_auditor')
export class LaTrendsController {
  constructor(private readonly api: UserApi) {}

  @Get()
  async trends(@CurrentUser() user: SessionUser, @Query() query: Record<string, unknown>, @Res() res: Response) {
    const errors = new FormErrors();
    const chosen = 'from-day' in query;
    const from = chosen
      ? parseDate(query, 'from', errors, { missing: 'Enter the start date', label: 'the start date' })
      : undefined;
    const to = chosen
      ? parseDate(query, 'to', errors, { missing: 'Enter the end date', label: 'the end date' })
      : undefined;
    const period = errors.errors.length === 0 && from && to ? { from, to } : {};
    const api = this.api.for(user);
    const [trends, outcomes] = await Promise.all([
      must(api.GET('/la/trends', { params: { query: period as never } })),
      must(api.GET('/la/outcomes', { params: { query: period as never } })),
    ]);
    const view = presentTrends(trends);
    res.status(errors.errors.length ? 400 : 200).render('la/la-trends.njk', {
      period: view,
      values: query,
      errors: errors.errors,
      charts: view.charts.map((c) => ({
        id: c.chart.id,
        title: c.chart.title,
        summary: c.summary,
        svg: barChartSvg(c.chart),
        table: chartTable(c.chart, c.labelHeading),
      })),
      // Without format=csv the API answers JSON; the schema's union also covers the CSV export.
      outcomes: outcomesTable(outcomes as OutcomesAnswer),
    });
  }
}
