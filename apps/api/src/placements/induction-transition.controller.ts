import { Body, Controller, HttpCode, Param, Post, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { type CommandOf } from '@ap/application';
import { Roles } from '../auth/auth.decorators';
import { ApiProblems } from '../http/api-problems.decorator';
import { answerVersion, type ApiRequest, newIdFor } from '../http/request-context';
import * as Dto from './placement-actions.request.dto';
import { VersionDto } from '../referrals/referral.response.dto';
import { PlacementsService } from './placements.service';

type InductionCommand = CommandOf<'induction'>;
type TransitionCommand = CommandOf<'transition'>;

@ApiTags('induction and transition')
@ApiBearerAuth()
@ApiProblems(400, 401, 403, 404, 409, 412, 422)
@Controller('placements/:id')
export class InductionTransitionController {
  constructor(private readonly placements: PlacementsService) {}

  @Post('induction/meeting')
  @HttpCode(200)
  @Roles('provider')
  @ApiOperation({ summary: 'Induction meeting held, with who attended' })
  @ApiOkResponse({ type: VersionDto })
  meeting(
    @Req() r: ApiRequest,
    @Param('id') id: string,
    @Body() b: Dto.InductionMeetingDto,
    @Res({ passthrough: true }) res: Response,
  ) {
    return this.induction(r, res, id, 'RecordInductionMeeting', { ...b });
  }

  @Post('induction/baselines')
  @HttpCode(200)
  @Roles('provider')
  @ApiOperation({ summary: 'A baseline assessment (literacy, numeracy, social-emotional)' })
  @ApiOkResponse({ type: VersionDto })
  baseline(
    @Req() r: ApiRequest,
    @Param('id') id: string,
    @Body() b: Dto.BaselineDto,
    @Res({ passthrough: true }) res: Response,
  ) {
    return this.induction(r, res, id, 'RecordBaselineAssessment', { ...b });
  }

  @Post('induction/needs')
  @HttpCode(200)
  @Roles('provider')
  @ApiOperation({ summary: 'Needs identified' })
  @ApiOkResponse({ type: VersionDto })
  needs(
    @Req() r: ApiRequest,
    @Param('id') id: string,
    @Body() b: Dto.NeedsDto,
    @Res({ passthrough: true }) res: Response,
  ) {
    return this.induction(r, res, id, 'RecordIdentifiedNeeds', { ...b });
  }

  @Post('induction/voice')
  @HttpCode(200)
  @Roles('provider')
  @ApiOperation({ summary: 'Pupil and family voice' })
  @ApiOkResponse({ type: VersionDto })
  voice(
    @Req() r: ApiRequest,
    @Param('id') id: string,
    @Body() b: Dto.VoiceDto,
    @Res({ passthrough: true }) res: Response,
  ) {
    return this.induction(r, res, id, 'RecordPupilAndFamilyVoice', { ...b });
  }

  @Post('induction/plan')
  @HttpCode(200)
  @Roles('provider')
  @ApiOperation({ summary: 'Plan with targets agreed; completes the induction when all parts are in' })
  @ApiOkResponse({ type: VersionDto })
  plan(
    @Req() r: ApiRequest,
    @Param('id') id: string,
    @Body() b: Dto.InductionPlanDto,
    @Res({ passthrough: true }) res: Response,
  ) {
    return this.induction(r, res, id, 'AgreeInductionPlan', { ...b });
  }

  @Post('transition')
  @HttpCode(200)
  @Roles('provider')
  @ApiOperation({ summary: 'Plan the destination: home school, another school, AP, specialist or post-16' })
  @ApiOkResponse({ type: VersionDto })
  async planTransition(
    @Req() r: ApiRequest,
    @Param('id') id: string,
    @Body() b: Dto.PlanTransitionDto,
    @Res({ passthrough: true }) res: Response,
  ) {
    const state = await this.placements.asProvider(r, id);
    return answerVersion(
      res,
      await this.placements.execute(r, 'transition', id, 'PlanTransition', {
        placementId: id,
        upn: state.upn,
        destination: { ...b.destination },
        plannedDate: b.plannedDate,
      }),
    );
  }

  @Post('transition/meeting')
  @HttpCode(200)
  @Roles('provider')
  @ApiOperation({ summary: 'Transition meeting held' })
  @ApiOkResponse({ type: VersionDto })
  async transitionMeeting(
    @Req() r: ApiRequest,
    @Param('id') id: string,
    @Body() b: Dto.TransitionMeetingDto,
    @Res({ passthrough: true }) res: Response,
  ) {
    return this.transition(r, res, id, 'RecordTransitionMeeting', { ...b }, false);
  }

  @Post('transition/confirm')
  @HttpCode(200)
  @Roles('provider', 'school', 'la_officer')
  @ApiOperation({ summary: 'Destination confirmed with its start date' })
  @ApiOkResponse({ type: VersionDto })
  confirm(
    @Req() r: ApiRequest,
    @Param('id') id: string,
    @Body() b: Dto.ConfirmDestinationDto,
    @Res({ passthrough: true }) res: Response,
  ) {
    return this.transition(r, res, id, 'ConfirmDestination', { ...b }, true);
  }

  @Post('transition/follow-ups')
  @Roles('provider', 'school', 'la_officer')
  @ApiOperation({ summary: 'A follow-up check: sustained or not' })
  @ApiCreatedResponse({ type: VersionDto })
  followUp(
    @Req() r: ApiRequest,
    @Param('id') id: string,
    @Body() b: Dto.FollowUpDto,
    @Res({ passthrough: true }) res: Response,
  ) {
    return this.transition(
      r,
      res,
      id,
      'RecordTransitionFollowUp',
      {
        followUpId: newIdFor(r, 'follow-up'),
        ...b,
      },
      true,
    );
  }

  @Post('transition/post16')
  @HttpCode(200)
  @Roles('provider', 'school', 'la_officer')
  @ApiOperation({ summary: 'The post-16 destination' })
  @ApiOkResponse({ type: VersionDto })
  post16(
    @Req() r: ApiRequest,
    @Param('id') id: string,
    @Body() b: Dto.Post16Dto,
    @Res({ passthrough: true }) res: Response,
  ) {
    return this.transition(r, res, id, 'RecordPost16Destination', { ...b }, true);
  }

  private async induction(
    r: ApiRequest,
    res: Response,
    id: string,
    type: InductionCommand['type'],
    data: InductionCommand['data'],
  ) {
    await this.placements.asProvider(r, id);
    return answerVersion(res, await this.placements.execute(r, 'induction', id, type, data));
  }

  private async transition(
    r: ApiRequest,
    res: Response,
    id: string,
    type: TransitionCommand['type'],
    data: TransitionCommand['data'],
    participants: boolean,
  ) {
    if (participants) await this.placements.asParticipant(r, id);
    else await this.placements.asProvider(r, id);
    return answerVersion(res, await this.placements.execute(r, 'transition', id, type, data));
  }
}
