import { Body, Controller, Get, HttpCode, Inject, Param, Post, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { AggregateReader, CLOCK } from '@ap/application';
import type { Clock } from '@ap/domain';
import { Roles } from '../auth/auth.decorators';
import { ApiProblems } from '../http/api-problems.decorator';
import { answerVersion, etag, type ApiRequest, newIdFor } from '../http/request-context';
import {
  ChangeHoursDto,
  EndPlacementDto,
  PlacementReviewDto,
  StartPlacementDto,
} from './placement-actions.request.dto';
import { VersionDto } from '../referrals/referral.response.dto';
import { PlacementViewDto, RecordedReviewDto } from './placement.response.dto';
import { PlacementsService } from './placements.service';
import { DirectoryService } from '../directory/directory.service';

@ApiTags('placements')
@ApiBearerAuth()
@Controller('placements')
export class PlacementsController {
  constructor(
    private readonly placements: PlacementsService,
    private readonly reader: AggregateReader,
    private readonly directory: DirectoryService,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get(':id')
  @ApiOperation({ summary: 'The placement with its induction and transition' })
  @ApiOkResponse({ type: PlacementViewDto })
  @ApiProblems(401, 404)
  async get(@Req() request: ApiRequest, @Param('id') id: string, @Res({ passthrough: true }) response: Response) {
    const { state, version } = await this.placements.read(request, id, 'placement', this.clock.now());
    const [induction, transition] = await Promise.all([
      this.reader.load('induction', id),
      this.reader.load('transition', id),
    ]);
    response.setHeader('ETag', etag(version));
    // `today` on the engine's clock, so a page can tell whether the planned end has passed.
    const today = this.clock.now().slice(0, 10);
    return { ...state, version, today, induction: induction.state, transition: transition.state };
  }

  @Post(':id/start')
  @HttpCode(200)
  @Roles('provider')
  @ApiOperation({ summary: 'Record that the pupil started; opens the induction' })
  @ApiOkResponse({ type: VersionDto })
  @ApiProblems(400, 401, 403, 404, 409, 412, 422)
  async start(
    @Req() request: ApiRequest,
    @Param('id') id: string,
    @Body() body: StartPlacementDto,
    @Res({ passthrough: true }) response: Response,
  ) {
    const state = await this.placements.asProvider(request, id);
    const result = await this.placements.execute(request, 'placement', id, 'StartPlacement', {
      startedOn: body.startedOn,
    });
    await this.placements.execute(
      request,
      'induction',
      id,
      'OpenInduction',
      { placementId: id, upn: state.upn, providerId: state.providerId, placementStartedOn: body.startedOn },
      false,
    );
    return answerVersion(response, result);
  }

  @Post(':id/reviews')
  @Roles('provider')
  @ApiOperation({
    summary: 'Record a review: attendance, progress against objectives, pupil and parent views, next review date',
  })
  @ApiCreatedResponse({ type: RecordedReviewDto })
  @ApiProblems(400, 401, 403, 404, 409, 412, 422)
  async review(
    @Req() request: ApiRequest,
    @Param('id') id: string,
    @Body() body: PlacementReviewDto,
    @Res({ passthrough: true }) response: Response,
  ) {
    await this.placements.asProvider(request, id);
    const reviewId = newIdFor(request, 'review');
    const result = await this.placements.execute(request, 'placement', id, 'RecordPlacementReview', {
      reviewId,
      ...body,
    });
    response.setHeader('ETag', etag(result.version));
    return { reviewId, version: result.version };
  }

  @Post(':id/hours')
  @HttpCode(200)
  @Roles('provider')
  @ApiOperation({ summary: 'Change the hours; part-time needs its terms again' })
  @ApiOkResponse({ type: VersionDto })
  @ApiProblems(400, 401, 403, 404, 409, 412, 422)
  async changeHours(
    @Req() request: ApiRequest,
    @Param('id') id: string,
    @Body() body: ChangeHoursDto,
    @Res({ passthrough: true }) response: Response,
  ) {
    const placement = await this.placements.asProvider(request, id);
    const timetable = { hoursPerWeek: body.hoursPerWeek, ...(body.partTime ? { partTime: { ...body.partTime } } : {}) };
    const result = await this.placements.execute(request, 'placement', id, 'ChangePlacementHours', {
      effectiveFrom: body.effectiveFrom,
      timetable,
      provider: await this.directory.thresholdInput(placement.providerId),
    });
    return answerVersion(response, result);
  }

  @Post(':id/end')
  @HttpCode(200)
  @Roles('provider', 'school', 'la_officer')
  @ApiOperation({ summary: 'End the placement with a reason' })
  @ApiOkResponse({ type: VersionDto })
  @ApiProblems(400, 401, 403, 404, 409, 412, 422)
  async end(
    @Req() request: ApiRequest,
    @Param('id') id: string,
    @Body() body: EndPlacementDto,
    @Res({ passthrough: true }) response: Response,
  ) {
    await this.placements.asParticipant(request, id);
    const result = await this.placements.execute(request, 'placement', id, 'EndPlacement', { ...body });
    return answerVersion(response, result);
  }
}
