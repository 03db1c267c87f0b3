import { Body, Controller, Get, Inject, Param, Put, Req, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { AccessLog, AggregateReader, CLOCK, ExecuteCommand } from '@ap/application';
import { rankPupilsAtRisk, type Clock } from '@ap/domain';
import { Roles } from '../auth/auth.decorators';
import { ApiProblems } from '../http/api-problems.decorator';
import { notFound } from '../http/not-found';
import { answerVersion, commandContext, type ApiRequest } from '../http/request-context';
import { DirectoryService } from '../directory/directory.service';
import { AtRiskQuery } from './at-risk.query';
import { AtRiskThresholdsDto } from './at-risk.request.dto';
import { AtRiskThresholdsAnswerDto, PupilsAtRiskDto } from './at-risk.response.dto';
import { VersionDto } from '../referrals/referral.response.dto';

/** Early intervention: pupils whose record shows rising risk, ranked, with why and what has been tried. */
@ApiTags('pupils at risk')
@ApiBearerAuth()
@Controller()
export class AtRiskController {
  constructor(
    private readonly query: AtRiskQuery,
    private readonly reader: AggregateReader,
    private readonly commands: CommandBus,
    private readonly directory: DirectoryService,
    private readonly accessLog: AccessLog,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get('pupils-at-risk')
  @Roles('la_officer', 'la_auditor', 'school')
  @ApiOperation({
    summary: 'Pupils at rising risk (the LA’s thresholds), most at risk first: an LA sees its pupils, a school its own',
  })
  @ApiOkResponse({ type: PupilsAtRiskDto })
  @ApiProblems(401, 403)
  async list(@Req() request: ApiRequest) {
    const { role, organisationId, laCode } = request.actor;
    const la = role === 'school' ? ((await this.directory.schoolLa(organisationId)) ?? laCode ?? '') : organisationId;
    const { state: settings } = await this.reader.load('atrisk', la);
    const today = this.clock.now().slice(0, 10);
    const signals = await this.query.signals({ kind: role === 'school' ? 'school' : 'la', id: organisationId });
    const pupils = rankPupilsAtRisk(signals, settings.thresholds, today);
    const upns = pupils.map((p) => p.upn);
    await this.accessLog.recordReads(request.actor, upns, 'pupils at risk', request.correlationId, this.clock.now());
    return { today, thresholds: settings.thresholds, pupils };
  }

  @Get('las/:laCode/at-risk-thresholds')
  @Roles('la_officer', 'la_auditor')
  @ApiOperation({ summary: 'The LA’s pupils-at-risk thresholds (defaults until set)' })
  @ApiOkResponse({ type: AtRiskThresholdsAnswerDto })
  @ApiProblems(401, 403, 404)
  async thresholds(@Req() request: ApiRequest, @Param('laCode') laCode: string) {
    if (laCode !== request.actor.organisationId) throw notFound('la');
    const { state, version } = await this.reader.load('atrisk', laCode);
    return { laCode, ...state.thresholds, version };
  }

  @Put('las/:laCode/at-risk-thresholds')
  @Roles('la_officer')
  @ApiOperation({ summary: 'Set the LA’s pupils-at-risk thresholds' })
  @ApiOkResponse({ type: VersionDto, description: 'Done: the new stream version (ETag)' })
  @ApiProblems(400, 401, 403, 404, 409, 412, 422)
  async set(
    @Req() request: ApiRequest,
    @Param('laCode') laCode: string,
    @Body() body: AtRiskThresholdsDto,
    @Res({ passthrough: true }) response: Response,
  ) {
    if (laCode !== request.actor.organisationId) throw notFound('la');
    const result = await this.commands.execute(
      new ExecuteCommand(
        'atrisk',
        laCode,
        'SetAtRiskThresholds',
        { laCode, thresholds: { ...body } },
        commandContext(request),
      ),
    );
    return answerVersion(response, result);
  }
}
