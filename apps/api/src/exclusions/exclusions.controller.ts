import { Body, Controller, Get, HttpCode, HttpStatus, Inject, Param, Post, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { AccessLog, AggregateReader, CLOCK, ExecuteCommand, type CommandOf } from '@ap/application';
import { CommandBus } from '@nestjs/cqrs';
import { exclusionVisibleTo, type Actor, type Clock, type Day6DutyArose, type ExclusionState } from '@ap/domain';
import { Roles } from '../auth/auth.decorators';
import { ApiProblems } from '../http/api-problems.decorator';
import { forbidden, notFound } from '../http/not-found';
import { problem, ProblemException } from '../http/problem';
import { answerVersion, commandContext, etag, type ApiRequest, newIdFor } from '../http/request-context';
import { CalendarResolver } from '../directory/calendar-resolver.service';
import { DirectoryService } from '../directory/directory.service';
import { CancelExclusionDto, Day6ExceptionDto, ParentNoticeDto, RecordExclusionDto } from './exclusion.request.dto';

@ApiTags('exclusions')
@ApiBearerAuth()
@Controller('pupils/:upn/exclusions')
export class ExclusionsController {
  constructor(
    private readonly reader: AggregateReader,
    private readonly commands: CommandBus,
    private readonly calendars: CalendarResolver,
    private readonly directory: DirectoryService,
    private readonly accessLog: AccessLog,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Post()
  @Roles('school', 'la_officer')
  @ApiOperation({
    summary:
      'Record an exclusion; starts the day-6 duty for a permanent exclusion or more than 5 consecutive school days',
  })
  @ApiProblems(400, 401, 403, 409, 412, 422)
  async record(
    @Req() request: ApiRequest,
    @Param('upn') upn: string,
    @Body() body: RecordExclusionDto,
    @Res({ passthrough: true }) response: Response,
  ) {
    const schoolUrn = request.actor.role === 'school' ? request.actor.organisationId : body.schoolUrn;
    if (!schoolUrn)
      throw new ProblemException(
        problem(HttpStatus.BAD_REQUEST, 'VALIDATION_FAILED', 'Name the excluding school', {
          field: 'schoolUrn',
          rule: 'required',
        }),
      );
    const schoolLaCode = (await this.directory.schoolLa(schoolUrn)) ?? request.actor.laCode;
    if (!schoolLaCode)
      throw new ProblemException(
        problem(HttpStatus.UNPROCESSABLE_ENTITY, 'SCHOOL_UNKNOWN', 'The excluding school is not in the directory', {
          field: 'schoolUrn',
        }),
      );
    if (request.actor.role === 'la_officer' && schoolLaCode !== request.actor.organisationId) {
      throw forbidden('NOT_YOUR_LA', 'An LA officer records exclusions for schools in its own LA');
    }
    const calendar = await this.calendars.forSchool(schoolUrn, schoolLaCode);
    const exclusionId = newIdFor(request, 'exclusion');
    const data = { ...body, exclusionId, upn: upn.toUpperCase(), schoolUrn, schoolLaCode, calendar };
    const result = await this.execute(request, upn, 'RecordExclusion', data);
    response.setHeader('ETag', etag(result.version));
    const duty = result.events.find((e) => e.type === 'Day6DutyArose');
    const state = result.state as ExclusionState;
    const mine = (id: string) =>
      state.exclusions[id] !== undefined && exclusionVisibleTo(state.exclusions[id]!, request.actor);
    const dutyData = duty ? { ...(duty.data as Day6DutyArose['data']) } : undefined;
    return {
      exclusionId,
      version: result.version,
      day6Duty: dutyData ? { ...dutyData, exclusionIds: dutyData.exclusionIds.filter(mine) } : null,
    };
  }

  @Get()
  @Roles('school', 'la_officer', 'la_auditor')
  @ApiOperation({ summary: "The pupil's exclusions and the current day-6 period" })
  @ApiProblems(401, 403, 404)
  async list(@Req() request: ApiRequest, @Param('upn') upn: string, @Res({ passthrough: true }) response: Response) {
    const { state, version } = await this.visible(request.actor, upn);
    const exclusions = Object.fromEntries(
      Object.entries(state.exclusions).filter(([, e]) => exclusionVisibleTo(e, request.actor)),
    );
    const periods = Object.fromEntries(
      Object.entries(state.periods).filter(([, p]) => p.exclusionIds.some((id) => exclusions[id])),
    );
    const period = state.period && periods[state.period.periodId] ? state.period : null;
    await this.accessLog.recordRead(
      request.actor,
      upn.toUpperCase(),
      'exclusions',
      request.correlationId,
      this.clock.now(),
    );
    response.setHeader('ETag', etag(version));
    return { exclusions, periods, period, yearGroup: state.yearGroup ?? null, version };
  }

  @Post(':exclusionId/cancel')
  @HttpCode(200)
  @Roles('school', 'la_officer')
  @ApiOperation({
    summary: 'Record that the exclusion was cancelled or overturned; ends the day-6 duty where it no longer applies',
  })
  @ApiProblems(400, 401, 403, 404, 409, 412)
  async cancel(
    @Req() request: ApiRequest,
    @Param('upn') upn: string,
    @Param('exclusionId') exclusionId: string,
    @Body() body: CancelExclusionDto,
    @Res({ passthrough: true }) response: Response,
  ) {
    const { state } = await this.visible(request.actor, upn);
    const entry = state.exclusions[exclusionId];
    // Only the excluding school, or its LA, cancels an exclusion: another school's answers 404.
    if (!entry || !exclusionVisibleTo(entry, request.actor)) throw notFound('exclusion');
    const calendar = await this.calendars.forSchool(entry.schoolUrn, entry.schoolLaCode);
    const result = await this.execute(request, upn, 'CancelExclusion', { exclusionId, ...body, calendar });
    return answerVersion(response, result);
  }

  @Post('day6-exception')
  @HttpCode(200)
  @Roles('school', 'la_officer')
  @ApiOperation({
    summary: 'Record a day-6 exception (Y11 exams over; EHC plan with fewer hours), with who asserted it',
  })
  @ApiProblems(400, 401, 403, 404, 409, 412, 422)
  async exception(
    @Req() request: ApiRequest,
    @Param('upn') upn: string,
    @Body() body: Day6ExceptionDto,
    @Res({ passthrough: true }) response: Response,
  ) {
    await this.currentPeriodOf(request.actor, upn);
    const result = await this.execute(request, upn, 'RecordDay6Exception', { ...body });
    return answerVersion(response, result);
  }

  @Post('parent-notices')
  @HttpCode(200)
  @Roles('school', 'la_officer')
  @ApiOperation({
    summary: 'Record the written notice to the parent of the day-6 provision (reg 6), and when it was given',
  })
  @ApiProblems(400, 401, 403, 404, 409, 412, 422)
  async parentNotice(
    @Req() request: ApiRequest,
    @Param('upn') upn: string,
    @Body() body: ParentNoticeDto,
    @Res({ passthrough: true }) response: Response,
  ) {
    await this.currentPeriodOf(request.actor, upn);
    const result = await this.execute(request, upn, 'RecordParentNotice', {
      kind: body.kind,
      givenAt: new Date(body.givenAt).toISOString(),
      method: body.method,
    });
    return answerVersion(response, result);
  }

  private async visible(actor: Actor, upn: string) {
    const { state, version } = await this.reader.load('exclusions', upn.toUpperCase());
    if (version === 0 || !Object.values(state.exclusions).some((e) => exclusionVisibleTo(e, actor)))
      throw notFound('exclusion');
    return { state, version };
  }

  /** The current day-6 period, if the caller is party to one of its exclusions. */
  private async currentPeriodOf(actor: Actor, upn: string): Promise<void> {
    const { state } = await this.visible(actor, upn);
    const ids = state.period?.exclusionIds ?? [];
    if (!ids.some((id) => state.exclusions[id] && exclusionVisibleTo(state.exclusions[id]!, actor)))
      throw notFound('exclusion');
  }

  private execute(
    request: ApiRequest,
    upn: string,
    type: CommandOf<'exclusions'>['type'],
    data: CommandOf<'exclusions'>['data'],
  ) {
    return this.commands.execute(
      new ExecuteCommand('exclusions', upn.toUpperCase(), type, data, commandContext(request)),
    );
  }
}
