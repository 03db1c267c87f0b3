import { Body, Controller, Get, HttpCode, Inject, Param, Post, Query, Req, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { AccessLog, AggregateReader, CLOCK, ExecuteCommand } from '@ap/application';
import type { Clock } from '@ap/domain';
import { Roles } from '../auth/auth.decorators';
import { ApiProblems } from '../http/api-problems.decorator';
import { notFound } from '../http/not-found';
import { answerVersion, commandContext, etag, newIdFor, type ApiRequest } from '../http/request-context';
import { CafeWorklistQuery } from './cafe-worklist.query';
import { CafeReviewDto, CompleteCafeActionDto } from './cafe.request.dto';
import { CafeReviewsDto, CafeWorklistDto, RecordedCafeReviewDto } from './cafe.response.dto';
import { VersionDto } from '../referrals/referral.response.dto';

/** The LA's Children Absent From Education panel: its worklist, its reviews and their actions. */
@ApiTags('CAFE panel')
@ApiBearerAuth()
@Controller('la/cafe')
export class CafeController {
  constructor(
    private readonly query: CafeWorklistQuery,
    private readonly reader: AggregateReader,
    private readonly commands: CommandBus,
    private readonly accessLog: AccessLog,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get('worklist')
  @Roles('la_officer', 'la_auditor')
  @ApiOperation({
    summary: 'Every pupil in the LA not receiving full-time education, with why and the facts the panel needs',
  })
  @ApiOkResponse({ type: CafeWorklistDto })
  @ApiProblems(401, 403)
  async worklist(@Req() request: ApiRequest) {
    const today = this.clock.now().slice(0, 10);
    const pupils = await this.query.worklist(request.actor.organisationId, today);
    await this.logReads(
      request,
      pupils.map((p) => p.upn),
      'CAFE worklist',
    );
    return { laCode: request.actor.organisationId, today, pupils };
  }

  @Get('reviews')
  @Roles('la_officer', 'la_auditor')
  @ApiOperation({ summary: 'The panel’s reviews (optionally one pupil’s), with their actions and which are overdue' })
  @ApiQuery({ name: 'upn', required: false })
  @ApiOkResponse({ type: CafeReviewsDto })
  @ApiProblems(401, 403)
  async reviews(@Req() request: ApiRequest, @Query('upn') upn?: string) {
    const reviews = await this.query.reviews(request.actor.organisationId, upn, this.clock.now().slice(0, 10));
    await this.logReads(
      request,
      reviews.map((r) => String(r['upn'])),
      'CAFE reviews',
    );
    return { reviews };
  }

  @Post('reviews')
  @Roles('la_officer')
  @ApiOperation({
    summary: 'Record a panel review: date, attendees, recommendations, and actions with owners and due dates',
  })
  @ApiCreatedResponse({
    type: RecordedCafeReviewDto,
    description: 'Recorded: the new ids and the stream version (ETag)',
  })
  @ApiProblems(400, 401, 403, 409, 422)
  async record(
    @Req() request: ApiRequest,
    @Body() body: CafeReviewDto,
    @Res({ passthrough: true }) response: Response,
  ) {
    const reviewId = newIdFor(request, 'cafe-review');
    const actions = body.actions.map((a, i) => ({ actionId: `${reviewId}-a${i + 1}`, ...a }));
    const data = { reviewId, ...body, laCode: request.actor.organisationId, actions };
    const result = await this.commands.execute(
      new ExecuteCommand('cafe', reviewId, 'RecordCafeReview', data, commandContext(request, false)),
    );
    response.status(201).setHeader('ETag', etag(result.version));
    return { reviewId, actionIds: actions.map((a) => a.actionId), version: result.version };
  }

  @Post('reviews/:id/actions/:actionId/complete')
  @HttpCode(200)
  @Roles('la_officer')
  @ApiOperation({ summary: 'Mark a panel action done' })
  @ApiOkResponse({ type: VersionDto, description: 'Done: the new stream version (ETag)' })
  @ApiProblems(400, 401, 403, 404, 409, 412, 422)
  async complete(
    @Req() request: ApiRequest,
    @Param('id') id: string,
    @Param('actionId') actionId: string,
    @Body() body: CompleteCafeActionDto,
    @Res({ passthrough: true }) response: Response,
  ) {
    const { state } = await this.reader.load('cafe', id);
    if (state.status === 'none' || state.laCode !== request.actor.organisationId) throw notFound('cafe_review');
    const result = await this.commands.execute(
      new ExecuteCommand('cafe', id, 'CompleteCafeAction', { actionId, ...body }, commandContext(request)),
    );
    return answerVersion(response, result);
  }

  private async logReads(request: ApiRequest, upns: string[], what: string) {
    await this.accessLog.recordReads(request.actor, upns, what, request.correlationId, this.clock.now());
  }
}
