import { Body, Controller, Get, HttpCode, Inject, Param, Post, Put, Query, Req, Res } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiHeader,
  ApiOkResponse,
  ApiOperation,
  ApiQuery,
  ApiTags,
} from '@nestjs/swagger';
import { CommandBus } from '@nestjs/cqrs';
import type { Response } from 'express';
import { AggregateReader, ExecuteCommand, type AggregateName, type CommandOf } from '@ap/application';
import { DATABASE, type DatabaseConnection } from '@ap/database';
import {
  DEFAULT_TIMELINES,
  FULL_TIME_CASE_LAW_HOURS,
  isValidLaCode,
  resolveTimelines,
  type ProviderRegistration,
} from '@ap/domain';
import { Roles } from '../auth/auth.decorators';
import { ApiProblems } from '../http/api-problems.decorator';
import { forbidden, notFound } from '../http/not-found';
import { invalidValue } from '../http/query-values';
import { commandContext, etag, type ApiRequest } from '../http/request-context';
import {
  ApproveProviderDto,
  CalendarDto,
  RegisterProviderDto,
  RegisterSchoolDto,
  TimelineSettingsDto,
} from './directory.request.dto';
import { DirectoryWriteDto, LaTimelinesDto, ProviderDirectoryDto } from './directory.response.dto';
import { DirectoryService } from './directory.service';

type DirectoryAggregate = 'school' | 'provider' | 'lacalendar';

@ApiTags('directory')
@ApiBearerAuth()
@ApiProblems(400, 401, 403, 404, 409, 412, 422)
@Controller()
export class DirectoryController {
  constructor(
    private readonly commands: CommandBus,
    private readonly directory: DirectoryService,
    private readonly reader: AggregateReader,
    @Inject(DATABASE) private readonly db: DatabaseConnection,
  ) {}

  @Post('schools')
  @ApiCreatedResponse({ type: DirectoryWriteDto })
  @Roles('admin', 'la_officer')
  @ApiOperation({ summary: 'Add a school to the directory (an LA officer for schools in its LA)' })
  registerSchool(@Req() r: ApiRequest, @Body() b: RegisterSchoolDto, @Res({ passthrough: true }) res: Response) {
    this.requireOwnLa(r, b.laCode);
    return this.run(r, res, 'school', b.urn, 'RegisterSchool', { ...b });
  }

  @Put('schools/:urn/calendar')
  @ApiOkResponse({ type: DirectoryWriteDto })
  @Roles('admin', 'la_officer', 'school')
  @ApiOperation({ summary: "Publish a school's own calendar: term dates, INSET days, other closures" })
  async schoolCalendar(
    @Req() r: ApiRequest,
    @Param('urn') urn: string,
    @Body() b: CalendarDto,
    @Res({ passthrough: true }) res: Response,
  ) {
    const la = await this.directory.schoolLa(urn);
    if (!la) throw notFound('school');
    if (r.actor.role === 'school' && r.actor.organisationId !== urn)
      throw forbidden('NOT_YOUR_SCHOOL', 'A school publishes only its own calendar');
    if (r.actor.role === 'la_officer') this.requireOwnLa(r, la);
    return this.run(r, res, 'school', urn, 'PublishCalendar', { calendar: { id: `school-${urn}`, ...b } });
  }

  @Put('las/:laCode/calendar')
  @ApiOkResponse({ type: DirectoryWriteDto })
  @Roles('admin', 'la_officer')
  @ApiOperation({ summary: "Publish an LA's standard calendar, used by its schools that publish none" })
  laCalendar(
    @Req() r: ApiRequest,
    @Param('laCode') laCode: string,
    @Body() b: CalendarDto,
    @Res({ passthrough: true }) res: Response,
  ) {
    this.requireOwnLa(r, laCode);
    return this.run(r, res, 'lacalendar', laCode, 'PublishCalendar', { calendar: { id: `la-${laCode}`, ...b } });
  }

  @Put('las/:laCode/timelines')
  @Roles('admin', 'la_officer')
  @ApiHeader({
    name: 'If-Match',
    required: false,
    description: 'The version GET answered; a stale one is refused with 412',
  })
  @ApiOkResponse({ type: DirectoryWriteDto })
  @ApiOperation({
    summary:
      "Set the LA's own deadlines in school days (provider response, information requests, induction, reviews, part-time, reintegration); the rest keep the defaults",
  })
  laTimelines(
    @Req() r: ApiRequest,
    @Param('laCode') laCode: string,
    @Body() b: TimelineSettingsDto,
    @Res({ passthrough: true }) res: Response,
  ) {
    this.requireOwnLa(r, laCode);
    const settings = Object.fromEntries(Object.entries(b).filter(([, v]) => v !== undefined));
    return this.run(r, res, 'lacalendar', laCode, 'SetTimelineSettings', { settings });
  }

  @Get('las/:laCode/timelines')
  @ApiOperation({
    summary:
      'The deadlines in school days that apply in an LA: its own settings over the defaults, with the version to send back in If-Match',
  })
  @ApiOkResponse({ type: LaTimelinesDto })
  async effectiveTimelines(
    @Param('laCode') laCode: string,
    @Res({ passthrough: true }) res: Response,
  ): Promise<LaTimelinesDto> {
    if (!isValidLaCode(laCode)) throw invalidValue('laCode', 'isLaCode', 'laCode must be an LA code (3 digits)');
    const { state, version } = await this.reader.load('lacalendar', laCode);
    res.setHeader('ETag', etag(version));
    const own = state.timelines ?? {};
    return { laCode, own, effective: resolveTimelines(own), defaults: { ...DEFAULT_TIMELINES }, version };
  }

  @Post('providers')
  @ApiCreatedResponse({ type: DirectoryWriteDto })
  @Roles('admin', 'la_officer')
  @ApiOperation({ summary: 'Add a provider: a registered school (URN), a UKPRN provider, or unregistered' })
  registerProvider(@Req() r: ApiRequest, @Body() b: RegisterProviderDto, @Res({ passthrough: true }) res: Response) {
    this.requireOwnLa(r, b.laCode);
    const registration: ProviderRegistration =
      b.registration === 'school'
        ? { kind: 'school', urn: b.urn ?? '' }
        : b.registration === 'ukprn'
          ? { kind: 'ukprn', ukprn: b.ukprn ?? '' }
          : { kind: 'unregistered' };
    return this.run(r, res, 'provider', b.providerId, 'RegisterProvider', {
      providerId: b.providerId,
      name: b.name,
      laCode: b.laCode,
      registration,
    });
  }

  @Post('providers/:id/approval')
  @ApiOkResponse({ type: DirectoryWriteDto })
  @HttpCode(200)
  @Roles('la_officer')
  @ApiOperation({ summary: "The LA's approval of a provider, with the date and the checks done" })
  async approve(
    @Req() r: ApiRequest,
    @Param('id') id: string,
    @Body() b: ApproveProviderDto,
    @Res({ passthrough: true }) res: Response,
  ) {
    const provider = await this.directory.provider(id);
    if (!provider) throw notFound('provider');
    this.requireOwnLa(r, provider.laCode ?? '');
    return this.run(r, res, 'provider', id, 'ApproveProvider', { approvedOn: b.approvedOn, checks: { ...b.checks } });
  }

  @Get('providers')
  @ApiOperation({
    summary:
      'The provider directory: registration, approval, current pupils and hours, and how near an unregistered provider is to the registration threshold',
  })
  @ApiProblems(400, 401)
  @ApiQuery({ name: 'laCode', required: false, description: 'Only the providers of this LA' })
  @ApiOkResponse({ type: ProviderDirectoryDto })
  async providers(@Query('laCode') laCode?: string) {
    // Issue 18: a malformed laCode is refused, not read as "no such LA".
    if (laCode !== undefined && !isValidLaCode(laCode))
      throw invalidValue('laCode', 'isLaCode', 'laCode must be an LA code (3 digits)');
    const { rows } = await this.db.pool.query<
      Record<string, unknown> & { registration: string; full_time_compulsory: number; full_time_la_or_ehcp: number }
    >(
      `SELECT p.provider_id AS "providerId", p.name, p.la_code AS "laCode", p.registration, to_char(p.approved_on, 'YYYY-MM-DD') AS "approvedOn",
              count(pl.placement_id) FILTER (WHERE pl.status IN ('planned', 'active'))::int AS "currentPupils",
              coalesce(sum(pl.hours_per_week) FILTER (WHERE pl.status IN ('planned', 'active')), 0)::float AS "currentHours",
              count(pl.placement_id) FILTER (WHERE pl.status IN ('planned', 'active') AND pl.compulsory_age AND pl.hours_per_week >= $2)::int AS full_time_compulsory,
              count(pl.placement_id) FILTER (WHERE pl.status IN ('planned', 'active') AND pl.compulsory_age AND pl.hours_per_week >= $2 AND pl.looked_after_or_ehcp)::int AS full_time_la_or_ehcp
         FROM rm_providers p LEFT JOIN rm_placements pl ON pl.provider_id = p.provider_id
        WHERE $1::text IS NULL OR p.la_code = $1
        GROUP BY p.provider_id ORDER BY p.name`,
      [laCode ?? null, FULL_TIME_CASE_LAW_HOURS],
    );
    return {
      providers: rows.map(({ full_time_compulsory: fullTime, full_time_la_or_ehcp: lookedAfterOrEhcp, ...row }) => ({
        ...row,
        // §0 unregistered providers: 5+ full-time pupils of compulsory age, or 1 looked after or with an EHC plan.
        registrationThreshold:
          row.registration === 'unregistered'
            ? {
                fullTimePupils: fullTime,
                fullTimeLookedAfterOrEhcp: lookedAfterOrEhcp,
                crossed: fullTime >= 5 || lookedAfterOrEhcp >= 1,
                near: fullTime === 4,
              }
            : null,
      })),
    };
  }

  private requireOwnLa(r: ApiRequest, laCode: string): void {
    if (r.actor.role === 'la_officer' && r.actor.organisationId !== laCode)
      throw forbidden('NOT_YOUR_LA', 'An LA officer manages only its own LA');
  }

  private async run<A extends DirectoryAggregate & AggregateName>(
    r: ApiRequest,
    res: Response,
    aggregate: A,
    id: string,
    type: CommandOf<A>['type'],
    data: CommandOf<A>['data'],
  ) {
    const result = await this.commands.execute(new ExecuteCommand(aggregate, id, type, data, commandContext(r)));
    res.setHeader('ETag', etag(result.version));
    return { id, version: result.version };
  }
}
