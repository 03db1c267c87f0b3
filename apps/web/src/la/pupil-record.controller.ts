import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { must } from '../api/api-client';
import { UserApi } from '../api/user-api';
import { CurrentUser, ForRoles } from '../auth/auth.decorators';
import type { SessionUser } from '../auth/session-user';
import { partsOf } from '../forms/date-input';
import { readRecordAt } from './pupil-record.form';
import {
  asOfHeading,
  presentAccessLog,
  presentCase,
  presentChanges,
  presentRecordsAt,
  presentTimeline,
  presentVerdict,
} from './pupil-record.presenter';

/** The pupil's whole story for the LA: the case now, every event, the record as it was, integrity and who looked. */
@Controller('la/pupils/:upn')
@ForRoles('la_officer', 'la_auditor')
export class PupilRecordController {
  constructor(private readonly api: UserApi) {}

  @Get()
  async record(
    @CurrentUser() user: SessionUser,
    @Param('upn') upn: string,
    @Query() query: Record<string, unknown>,
    @Res() res: Response,
  ) {
    const api = this.api.for(user);
    const path = { params: { path: { upn } } };
    const at = readRecordAt(query);
    const [current, history, log] = await Promise.all([
      must(api.GET('/pupils/{upn}/case', path)),
      must(api.GET('/pupils/{upn}/history', path)),
      must(api.GET('/pupils/{upn}/access-log', path)),
    ]);
    const view: Record<string, unknown> = {
      upn,
      caseRows: presentCase(current as never),
      timeline: presentTimeline(upn, (history as unknown as { events: never[] }).events),
      accessLog: presentAccessLog((log as unknown as { reads: never[] }).reads),
      at: { date: partsOf(at?.asOf), compare: partsOf(at?.compareTo), values: query },
      errors: at?.errors ?? [],
    };
    if (at?.asOf && at.errors.length === 0) {
      const answer = (await must(
        api.GET('/pupils/{upn}/history', {
          params: {
            path: { upn },
            query: { asOf: at.asOf, ...(at.compareTo ? { compareTo: at.compareTo } : {}) } as never,
          },
        }),
      )) as unknown as { records?: never; changed?: never[] };
      view['asOf'] = { heading: asOfHeading(at.asOf), iso: at.asOf };
      if (at.compareTo)
        view['changes'] = {
          heading: `What changed up to ${asOfHeading(at.compareTo).slice(27)}`,
          rows: presentChanges(answer.changed ?? []),
        };
      else view['recordsAt'] = presentRecordsAt(answer.records ?? {});
    }
    if (query['verify'] === '1')
      view['verdict'] = presentVerdict((await must(api.GET('/pupils/{upn}/history/verify', path))) as never);
    res.status(at?.errors.length ? 400 : 200).render('la/pupil-record.njk', view);
  }

  /** The whole history as CSV (the API records the export in the access log). */
  @Get('history.csv')
  async csv(@CurrentUser() user: SessionUser, @Param('upn') upn: string, @Res() res: Response) {
    const answer = await this.api.for(user).GET('/pupils/{upn}/history', {
      params: { path: { upn }, query: { format: 'csv' } as never },
      parseAs: 'text',
    });
    await must(Promise.resolve(answer));
    res
      .type('text/csv')
      .setHeader('Content-Disposition', `attachment; filename="history-${upn}.csv"`)
      .send(answer.data);
  }
}
