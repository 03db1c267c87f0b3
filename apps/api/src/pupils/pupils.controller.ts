import { Controller, Get, Inject, Param, Query, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { AccessLog, accessLogStreamId, CLOCK, ROLE_WORDS, wordsFor } from '@ap/application';
import { DATABASE, type DatabaseConnection } from '@ap/database';
import type { Clock } from '@ap/domain';
import { Roles } from '../auth/auth.decorators';
import { ApiOkJsonOrCsv, ApiProblems } from '../http/api-problems.decorator';
import { notFound } from '../http/not-found';
import { csvInWords, type CsvColumns } from '../http/csv';
import { invalidValue, parseInstant, parseLimit } from '../http/query-values';
import type { ApiRequest } from '../http/request-context';
import { mention, mentioned, organisationNames, withOrganisationName } from '../directory/organisation-names';
import { PupilCaseQuery } from './pupil-case.query';
import { PupilHistoryService, type HistoryEntry, type PupilView } from './pupil-history.service';
import {
  AccessLogDto,
  IntegrityVerdictDto,
  PupilCaseDto,
  PupilHistoryDto,
  PupilRecordDto,
} from './pupils.response.dto';

/**
 * The key a pupil's records go by: the UPN (upper case), or `referral_<id>` for a pupil referred without one (so
 * their placement and access log can still be read).
 */
const pupilKeyOf = (param: string): string => (/^referral_/i.test(param) ? param.toLowerCase() : param.toUpperCase());

const instant = parseInstant;

/**
 * The keys a pupil's reads were recorded under: its own, and those of its referrals from before they had a UPN (reads
 * made then went to referral_<id>; once the UPN is set they belong to the pupil's log too).
 */
const pupilKeysOf = (key: string, streams: readonly string[]): string[] => [
  ...new Set([
    key,
    ...streams.filter((s) => s.startsWith('referral-')).map((s) => `referral_${s.slice('referral-'.length)}`),
  ]),
];

/** The history CSV's columns, headed in words; the summary says each event in words, the role is named. */
const CSV_COLUMNS: CsvColumns = [
  ['recordedAt', 'Recorded at (UTC)'],
  ['streamId', 'Record'],
  ['streamVersion', 'Record version'],
  ['type', 'Event'],
  ['summary', 'What happened'],
  ['actorId', 'By (user ID)'],
  ['actorRole', 'By (role)', wordsFor(ROLE_WORDS)],
  ['actorOrganisation', 'By (organisation)'],
  ['correlationId', 'Correlation ID'],
];
const csvRow = (e: HistoryEntry): Record<string, unknown> => {
  const actor = (e.actor ?? {}) as { id?: string; role?: string; organisationId?: string };
  return {
    ...e,
    actorId: actor.id,
    actorRole: actor.role,
    actorOrganisation: actor.organisationId,
  };
};

/**
 * One pupil's history, state as of an instant, tamper check and access log: all of it for the LAs involved, and the
 * records a school or provider is party to for them.
 */
@ApiTags('pupils (audit)')
@ApiBearerAuth()
@Roles('la_officer', 'la_auditor', 'school', 'provider')
@ApiProblems(400, 401, 403, 404)
@Controller('pupils/:upn')
export class PupilsController {
  constructor(
    private readonly history: PupilHistoryService,
    private readonly cases: PupilCaseQuery,
    private readonly accessLog: AccessLog,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(DATABASE) private readonly db: DatabaseConnection,
  ) {}

  @Get('history')
  @ApiOperation({
    summary:
      "Every event about the pupil in commit order, or (asOf) each record's state at an instant and (compareTo) what changed",
  })
  @ApiQuery({ name: 'from', required: false })
  @ApiQuery({ name: 'to', required: false })
  @ApiQuery({ name: 'stream', required: false, isArray: true })
  @ApiQuery({ name: 'format', required: false, enum: ['json', 'csv'] })
  @ApiQuery({ name: 'asOf', required: false })
  @ApiQuery({ name: 'compareTo', required: false })
  @ApiOkJsonOrCsv(PupilHistoryDto, 'With format=csv: one row per event')
  async pupilHistory(
    @Req() request: ApiRequest,
    @Res({ passthrough: true }) response: Response,
    @Param('upn') upn: string,
    @Query() query: Record<string, string | string[] | undefined>,
  ) {
    const one = (name: string) =>
      Array.isArray(query[name]) ? (query[name] as string[])[0] : (query[name] as string | undefined);
    // Issue 18: every parameter is checked before the read is recorded: a refused request is not a read.
    const asOf = instant(one('asOf'), 'asOf');
    const compareTo = instant(one('compareTo'), 'compareTo');
    const [from, to] = [instant(one('from'), 'from'), instant(one('to'), 'to')];
    const format = one('format');
    if (format !== undefined && format !== 'json' && format !== 'csv')
      throw invalidValue('format', 'isIn', 'format must be json or csv');
    const { streams, party, seenUpTo } = await this.visiblePupil(request, pupilKeyOf(upn), 'history');
    if (asOf) {
      const view = { streams, party, seenUpTo };
      const first = await this.cases.caseOf(pupilKeyOf(upn), view, asOf);
      if (!compareTo) return { upn, asOf, records: first.records, case: first.case };
      const second = await this.cases.caseOf(pupilKeyOf(upn), view, compareTo);
      const [at, then] = [first.records, second.records];
      const changed = [...new Set([...Object.keys(at), ...Object.keys(then)])].filter(
        (s) => JSON.stringify(at[s]) !== JSON.stringify(then[s]),
      );
      return {
        upn,
        asOf,
        compareTo,
        changed: changed.map((s) => ({ streamId: s, before: at[s] ?? null, after: then[s] ?? null })),
        case: first.case,
        compareToCase: second.case,
      };
    }
    const stream = query['stream'];
    const all = await this.history.history(
      streams,
      { from, to, streams: stream === undefined ? undefined : [stream].flat() },
      seenUpTo,
    );
    const entries = this.history.redactHistory(party, all);
    if (format === 'csv') {
      response.type('text/csv').setHeader('Content-Disposition', `attachment; filename="history-${upn}.csv"`);
      return csvInWords(CSV_COLUMNS, entries.map(csvRow));
    }
    return { upn, streams, events: entries };
  }

  @Get('case')
  @ApiOperation({
    summary:
      "The pupil's current case: exclusions, referrals, placement, induction, transition and open timelines the caller may see",
  })
  @ApiOkResponse({ type: PupilCaseDto })
  async currentCase(@Req() request: ApiRequest, @Param('upn') upn: string) {
    const key = pupilKeyOf(upn);
    return (await this.cases.caseOf(key, await this.visiblePupil(request, key, 'case'))).case;
  }

  @Get('history/verify')
  @ApiOperation({
    summary: "Recompute the hash chains of the pupil's streams and name the first event that does not match",
  })
  @ApiOkResponse({ type: IntegrityVerdictDto })
  async verify(@Req() request: ApiRequest, @Param('upn') upn: string) {
    const key = pupilKeyOf(upn);
    const { streams: visible } = await this.visiblePupil(request, key, 'history verification');
    // An LA verifies every stream that names the pupil: a deleted event must not hide its own stream from the check.
    const laRole = request.actor.role === 'la_officer' || request.actor.role === 'la_auditor';
    const records = laRole ? await this.history.streamsOf(key) : visible;
    // The access log is part of the record: who looked is checked like what happened.
    const keys = pupilKeysOf(key, records);
    const streams = [
      ...new Set([...records, ...keys.map(accessLogStreamId), ...(await this.accessLog.listStreamsNaming(keys))]),
    ];
    const result = await this.history.verify(streams);
    return { upn, streams: streams.length, ...result, intact: result.breaks.length === 0 };
  }

  @Get('access-log')
  @ApiOperation({ summary: "Who read this pupil's record, when, and what (oldest first)" })
  @ApiQuery({ name: 'limit', required: false, description: 'Only the most recent reads, 1 to 1000 (default: all)' })
  @ApiOkResponse({ type: AccessLogDto })
  async accessLogOf(@Req() request: ApiRequest, @Param('upn') upn: string, @Query('limit') limit?: string) {
    const newest = limit === undefined ? undefined : parseLimit(limit, 'limit', 1000, 1000);
    const key = pupilKeyOf(upn);
    const { streams } = await this.visiblePupil(request, key, 'access log');
    return { upn: key, ...(await this.readsOf(request, key, streams, newest)) };
  }

  @Get('record')
  @ApiOperation({
    summary:
      "The pupil's page in one read: the current case, every event in commit order and the most recent reads of the record (one access-log entry)",
  })
  @ApiQuery({ name: 'accessLogLimit', required: false, description: 'Most recent reads, 1 to 1000 (default 20)' })
  @ApiOkResponse({ type: PupilRecordDto })
  async record(@Req() request: ApiRequest, @Param('upn') upn: string, @Query('accessLogLimit') limit?: string) {
    const newest = parseLimit(limit, 'accessLogLimit', 20, 1000);
    const key = pupilKeyOf(upn);
    const view = await this.visiblePupil(request, key, 'record (case, history and access log)');
    const [current, events, accessLog] = await Promise.all([
      this.cases.caseOf(key, view).then((c) => c.case),
      this.history.history(view.streams, {}, view.seenUpTo),
      this.readsOf(request, key, view.streams, newest),
    ]);
    return {
      upn: key,
      today: this.clock.now().slice(0, 10),
      case: current,
      history: { upn: key, streams: view.streams, events: this.history.redactHistory(view.party, events) },
      accessLog: { upn: key, ...accessLog },
    };
  }

  /**
   * The reads of the pupil's record the caller may see: every one for the LAs; a school or provider sees its own
   * organisation's reads (not who else is involved, nor how many they made).
   */
  private async readsOf(request: ApiRequest, key: string, streams: readonly string[], newest?: number) {
    const laRole = request.actor.role === 'la_officer' || request.actor.role === 'la_auditor';
    const { reads, total } = await this.accessLog.readsOf(pupilKeysOf(key, streams), {
      newest,
      organisationId: laRole ? undefined : request.actor.organisationId,
    });
    const names = await organisationNames(
      this.db.pool,
      reads.reduce((into, r) => mention(into, undefined, r.actor), mentioned()),
    );
    return { reads: reads.map((r) => ({ ...r, actor: withOrganisationName(r.actor, names) })), total };
  }

  /** What the caller may see of the pupil (404 if nothing), the read itself recorded. */
  private async visiblePupil(request: ApiRequest, upn: string, what: string): Promise<PupilView> {
    const view = await this.history.visibleTo(request.actor, await this.history.streamsOf(upn));
    if (view.streams.length === 0) throw notFound('pupil');
    await this.accessLog.recordRead(request.actor, upn, what, request.correlationId, this.clock.now());
    return view;
  }
}
