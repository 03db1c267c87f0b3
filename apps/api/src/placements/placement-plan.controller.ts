import { Body, Controller, HttpCode, Param, Post, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Roles } from '../auth/auth.decorators';
import { ApiProblems } from '../http/api-problems.decorator';
import { forbidden } from '../http/not-found';
import { answerVersion, type ApiRequest } from '../http/request-context';
import { ExtendPlacementDto, ReintegrationCriteriaDto } from './placement-plan.request.dto';
import { VersionDto } from '../referrals/referral.response.dto';
import { PlacementsService } from './placements.service';

/** Tier 2 plans its return from the start; a placement that runs past its planned end is extended with a reason. */
@ApiTags('placements')
@ApiBearerAuth()
@Controller('placements')
export class PlacementPlanController {
  constructor(private readonly placements: PlacementsService) {}

  @Post(':id/reintegration-criteria')
  @HttpCode(200)
  @Roles('provider')
  @ApiOperation({ summary: 'Tier 2: the criteria for returning to the home school, agreed at induction' })
  @ApiOkResponse({ type: VersionDto, description: 'Done: the new stream version (ETag)' })
  @ApiProblems(400, 401, 403, 404, 409, 412, 422)
  async criteria(
    @Req() request: ApiRequest,
    @Param('id') id: string,
    @Body() body: ReintegrationCriteriaDto,
    @Res({ passthrough: true }) response: Response,
  ) {
    await this.placements.asProvider(request, id);
    const result = await this.placements.execute(request, 'placement', id, 'AgreeReintegrationCriteria', { ...body });
    return answerVersion(response, result);
  }

  @Post(':id/extend')
  @HttpCode(200)
  @Roles('provider', 'school', 'la_officer')
  @ApiOperation({ summary: 'Move the planned end later, recording why (resolves an overrun on the LA dashboard)' })
  @ApiOkResponse({ type: VersionDto, description: 'Done: the new stream version (ETag)' })
  @ApiProblems(400, 401, 403, 404, 409, 412, 422)
  async extend(
    @Req() request: ApiRequest,
    @Param('id') id: string,
    @Body() body: ExtendPlacementDto,
    @Res({ passthrough: true }) response: Response,
  ) {
    const { state } = await this.placements.visible(request, id);
    const party = [state.providerId, state.commissionerId, state.commissionerLa, state.homeLaCode];
    if (request.actor.role !== 'la_officer' && !party.includes(request.actor.organisationId))
      throw forbidden('NOT_A_PARTICIPANT', 'Only the provider, the commissioner or the LA can do this');
    const result = await this.placements.execute(request, 'placement', id, 'ExtendPlacement', { ...body });
    return answerVersion(response, result);
  }
}
