import { Body, Controller, Get, HttpCode, HttpStatus, Inject, Param, Post, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { AccessLog, CLOCK, ExecuteCommand, type CommandOf } from '@ap/application';
import { CommandBus } from '@nestjs/cqrs';
import { DATABASE, type DatabaseConnection } from '@ap/database';
import { day6Duties, exclusionRecordsId, type Actor, type Clock, type ExclusionEntry } from '@ap/domain';
import { Roles } from '../auth/auth.decorators';
import { ApiProblems } from '../http/api-problems.decorator';
import { forbidden, notFound } from '../http/not-found';
import { problem, ProblemException } from '../http/problem';
import { answerVersion, commandContext, etag, type ApiRequest, newIdFor } from '../http/request-context';
import { CalendarResolver } from '../directory/calendar-resolver.service';
import { DirectoryService } from '../directory/directory.service';
import { withResponsibleNamed } from '../directory/organisation-names';
import { CancelExclusionDto, Day6ExceptionDto, ParentNoticeDto, RecordExclusionDto } from './exclusion.request.dto';
import { ExclusionRecordsService } from './exclusion-records.service';
import { PupilExclusionsDto, RecordedExclusionDto } from './exclusion.response.dto';
import { VersionDto } from '../referrals/referral.response.dto';

const bad = (status: HttpStatus, code: string, title: string, field: string, rule?: string) =>
  new ProblemException(problem(status, code, title, { field, ...(rule ? { rule } : {}) }));

@ApiTags('exclusions')
@ApiBearerAuth()
@Controller('pupils/:upn/exclusions')
export class ExclusionsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly calendars: CalendarResolver,
    private readonly directory: DirectoryService,
    private readonly records: ExclusionRecordsService,
    private readonly accessLog: AccessLog,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(DATABASE) private readonly db: DatabaseConnection,
  ) {}

  @Post()
  @Roles('school', 'la_officer')
  @ApiOperation({
    summary:
      "Record an exclusion in the excluding school's own records; day-6 duties follow from the school days it covers",
  })
  @ApiCreatedResponse({ type: RecordedExclusionDto })
  @ApiProblems(400, 401, 403, 409, 412, 422)
  async record(
    @Req() request: ApiRequest,
    @Param('upn') upn: string,
    @Body() body: RecordExclusionDto,
    @Res({ passthrough: true }) response: Response,
  ) {
    const schoolUrn = request.actor.role === 'school' ? request.actor.organisationId : body.schoolUrn;
    if (!schoolUrn)
      throw bad(HttpStatus.BAD_REQUEST, 'VALIDATION_FAILED', 'Name the excluding school', 'schoolUrn', 'required');
    const school = await this.directory.school(schoolUrn);
    const schoolLaCode = school?.laCode ?? request.actor.laCode;
    if (!schoolLaCode)
      throw bad(
        HttpStatus.UNPROCESSABLE_ENTITY,
        'SCHOOL_UNKNOWN',
        'The excluding school is not in the directory',
        'schoolUrn',
      );
    if (request.actor.role === 'la_officer' && schoolLaCode !== request.actor.organisationId)
      throw forbidden('NOT_YOUR_LA', 'An LA officer records exclusions for schools in its own LA');
    const { lengthSchoolDays, sessions, schoolUrn: _s, ...facts } = body;
    if (lengthSchoolDays !== undefined && sessions !== undefined)
      throw bad(
        HttpStatus.BAD_REQUEST,
        'VALIDATION_FAILED',
        'Give the length in sessions or in school days, not both',
        'sessions',
        'one-of',
      );
    const exclusionId = newIdFor(request, 'exclusion');
    const key = upn.toUpperCase();
    const data = {
      ...facts,
      exclusionId,
      upn: key,
      schoolUrn,
      schoolLaCode,
      laMaintainedPru: school?.laMaintainedPru ?? false,
      ...(sessions !== undefined || lengthSchoolDays !== undefined
        ? { sessions: sessions ?? lengthSchoolDays! * 2 }
        : {}),
    };
    const result = await this.execute(request, exclusionRecordsId(schoolUrn, key), 'RecordExclusion', data);
    response.setHeader('ETag', etag(result.version));
    const calendar = await this.calendars.forSchool(schoolUrn, schoolLaCode);
    const duties = day6Duties(Object.values(result.state.exclusions), calendar);
    // The recorder learns the duties its own records give rise to, and who holds them.
    return { exclusionId, version: result.version, day6Duties: await withResponsibleNamed(this.db.pool, duties) };
  }

  @Get()
  @Roles('school', 'la_officer', 'la_auditor')
  @ApiOperation({
    summary: "The pupil's exclusions and day-6 duties the caller may see (its own; an LA's schools and residents)",
  })
  @ApiOkResponse({ type: PupilExclusionsDto })
  @ApiProblems(401, 403, 404)
  async list(@Req() request: ApiRequest, @Param('upn') upn: string, @Res({ passthrough: true }) response: Response) {
    const key = upn.toUpperCase();
    const view = await this.records.view(request.actor, key);
    if (view.exclusions.length === 0 && view.own.version === 0) throw notFound('exclusion');
    await this.accessLog.recordRead(request.actor, key, 'exclusions', request.correlationId, this.clock.now());
    response.setHeader('ETag', etag(view.own.version));
    return {
      exclusions: Object.fromEntries(view.exclusions.map((e) => [e.exclusionId, e])),
      duties: await withResponsibleNamed(this.db.pool, view.duties),
      // The notices recorded in the caller's own records (exclusionId -> when each was given).
      notices: view.own.state.notices,
      version: view.own.version,
    };
  }

  @Post(':exclusionId/cancel')
  @HttpCode(200)
  @Roles('school', 'la_officer')
  @ApiOperation({
    summary: 'Record that the exclusion was cancelled or overturned: it then counts for nothing towards day 6',
  })
  @ApiOkResponse({ type: VersionDto })
  @ApiProblems(400, 401, 403, 404, 409, 412)
  async cancel(
    @Req() request: ApiRequest,
    @Param('upn') upn: string,
    @Param('exclusionId') exclusionId: string,
    @Body() body: CancelExclusionDto,
    @Res({ passthrough: true }) response: Response,
  ) {
    const entry = await this.visibleExclusion(request.actor, upn.toUpperCase(), exclusionId);
    // Only the excluding school, or an officer of its LA, changes the school's records.
    if (request.actor.role === 'la_officer' && entry.schoolLaCode !== request.actor.organisationId)
      throw notFound('exclusion');
    const recordsId = exclusionRecordsId(entry.schoolUrn, entry.upn);
    const result = await this.execute(request, recordsId, 'CancelExclusion', { exclusionId, ...body });
    return answerVersion(response, result);
  }

  @Post('day6-exception')
  @HttpCode(200)
  @Roles('school', 'la_officer')
  @ApiOperation({
    summary:
      'Record a day-6 exception for a duty the caller holds (Y11 exams over; EHC plan with fewer hours), with who asserted it',
  })
  @ApiOkResponse({ type: VersionDto })
  @ApiProblems(400, 401, 403, 404, 409, 412, 422)
  async exception(
    @Req() request: ApiRequest,
    @Param('upn') upn: string,
    @Body() body: Day6ExceptionDto,
    @Res({ passthrough: true }) response: Response,
  ) {
    const key = upn.toUpperCase();
    const view = await this.records.view(request.actor, key);
    if (view.exclusions.length === 0) throw notFound('exclusion');
    const held = view.duties.filter((d) => d.responsible.organisationId === request.actor.organisationId);
    const duty = body.dutyId ? held.find((d) => d.dutyId === body.dutyId) : held.at(-1);
    if (!duty)
      throw bad(
        HttpStatus.CONFLICT,
        'NO_OPEN_DAY6_DUTY',
        'You hold no day-6 duty for this pupil with that id',
        'dutyId',
      );
    const { dutyId: _d, ...exception } = body;
    const result = await this.execute(request, view.own.recordsId, 'RecordDay6Exception', { duty, ...exception });
    return answerVersion(response, result);
  }

  @Post('parent-notices')
  @HttpCode(200)
  @Roles('school', 'la_officer')
  @ApiOperation({
    summary:
      'Record a written notice to the parent (reg 6) about one of the exclusions the caller may see, and when it was given',
  })
  @ApiOkResponse({ type: VersionDto })
  @ApiProblems(400, 401, 403, 404, 409, 412, 422)
  async parentNotice(
    @Req() request: ApiRequest,
    @Param('upn') upn: string,
    @Body() body: ParentNoticeDto,
    @Res({ passthrough: true }) response: Response,
  ) {
    const key = upn.toUpperCase();
    const view = await this.records.view(request.actor, key);
    const latest = [...view.exclusions].sort((a, b) => a.startDate.localeCompare(b.startDate)).at(-1);
    const entry = body.exclusionId ? view.exclusions.find((e) => e.exclusionId === body.exclusionId) : latest;
    if (!entry) throw notFound('exclusion');
    const result = await this.execute(request, view.own.recordsId, 'RecordParentNotice', {
      ...body,
      exclusionId: entry.exclusionId,
      upn: key,
      givenAt: new Date(body.givenAt).toISOString(),
    });
    return answerVersion(response, result);
  }

  private async visibleExclusion(actor: Actor, upn: string, exclusionId: string): Promise<ExclusionEntry> {
    const view = await this.records.view(actor, upn);
    const entry = view.exclusions.find((e) => e.exclusionId === exclusionId);
    if (!entry) throw notFound('exclusion');
    return entry;
  }

  private execute<T extends CommandOf<'exclusions'>['type']>(
    request: ApiRequest,
    recordsId: string,
    type: T,
    data: Extract<CommandOf<'exclusions'>, { type: T }>['data'],
  ) {
    return this.commands.execute(new ExecuteCommand('exclusions', recordsId, type, data, commandContext(request)));
  }
}
