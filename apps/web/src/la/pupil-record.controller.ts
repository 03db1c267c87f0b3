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
  changesHeading,
  presentAccessLog,
  presentPupil,
  presentRecordsAt,
  presentTimeline,
  presentVerdict,
} from './pupil-record.presenter';
import { presentCase, presentCaseChanges, type CaseAnswer } from './pupil-case.presenter';

/** How many of the most recent reads the pupil's page lists (the rest are one link away). */
const ACCESS_LOG_ROWS = 20;

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
    // One read of the whole page (case, history, the latest reads), one entry in the pupil's access log.
    const record = (await must(
      api.GET('/pupils/{upn}/record', {
        params: { path: { upn }, query: { accessLogLimit: String(ACCESS_LOG_ROWS) } as never },
      }),
    )) as unknown as {
      today: string;
      case: { pupil: never };
      history: { events: never[] };
      accessLog: { reads: never[]; total: number };
    };
    const at = readRecordAt(query, record.today);
    const view: Record<string, unknown> = {
      upn,
      pupil: presentPupil(upn, record.case.pupil),
      caseRows: presentCase(record.case as never),
      timeline: presentTimeline(upn, record.history.events),
      accessLog: presentAccessLog(record.accessLog.reads),
      accessLogTotal: record.accessLog.total,
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
      )) as unknown as { records?: never; case?: CaseAnswer; compareToCase?: CaseAnswer };
      view['asOf'] = { heading: asOfHeading(at.asOf), iso: at.asOf };
      if (at.compareTo)
        view['changes'] = {
          heading: changesHeading(at.compareTo),
          rows: answer.case && answer.compareToCase ? presentCaseChanges(answer.case, answer.compareToCase) : [],
        };
      else
        view['recordsAt'] = {
          rows: answer.case ? presentCase(answer.case) : [],
          records: presentRecordsAt(answer.records ?? {}),
        };
    }
    if (query['verify'] === '1')
      view['verdict'] = presentVerdict((await must(api.GET('/pupils/{upn}/history/verify', path))) as never);
    res.status(at?.errors.length ? 400 : 200).render('la/pupil-record.njk', view);
  }

  /** Every read of the record, the most recent first (the pupil's page shows the latest few). */
  @Get('access-log')
  async accessLog(@CurrentUser() user: SessionUser, @Param('upn') upn: string, @Res() res: Response) {
    const log = (await must(
      this.api.for(user).GET('/pupils/{upn}/access-log', { params: { path: { upn } } }),
    )) as unknown as { reads: never[]; total: number };
    res.render('la/pupil-access-log.njk', { upn, accessLog: presentAccessLog(log.reads), total: log.total });
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
