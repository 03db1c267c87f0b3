import { Body, Controller, Get, HttpCode, Inject, Param, Post, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { DATABASE, type DatabaseConnection } from '@ap/database';
import { Roles } from '../auth/auth.decorators';
import { DirectoryService } from '../directory/directory.service';
import { ApiProblems } from '../http/api-problems.decorator';
import { notFound } from '../http/not-found';
import { answerVersion, etag, newIdFor, type ApiRequest } from '../http/request-context';
import {
  AcceptOutreachDto,
  CloseOutreachDto,
  DeclineOutreachDto,
  OutreachSessionDto,
  RequestOutreachDto,
} from './outreach.request.dto';
import { OutreachService } from './outreach.service';
import {
  OutreachListDto,
  OutreachViewDto,
  RecordedOutreachSessionDto,
  RequestedOutreachDto,
} from './outreach.response.dto';
import { VersionDto } from '../referrals/referral.response.dto';

/** Tier 1: a school asks an AP provider for outreach in school; the provider records its sessions and closes it. */
@ApiTags('outreach')
@ApiBearerAuth()
@Controller('outreach')
export class OutreachController {
  constructor(
    private readonly outreach: OutreachService,
    private readonly directory: DirectoryService,
    @Inject(DATABASE) private readonly db: DatabaseConnection,
  ) {}

  @Post()
  @Roles('school')
  @ApiOperation({ summary: 'Request outreach for a pupil: needs, what was tried, objectives' })
  @ApiCreatedResponse({ type: RequestedOutreachDto, description: 'Recorded: the new id and the stream version (ETag)' })
  @ApiProblems(400, 401, 403, 404, 409, 422)
  async request(
    @Req() request: ApiRequest,
    @Body() body: RequestOutreachDto,
    @Res({ passthrough: true }) response: Response,
  ) {
    if (!(await this.directory.provider(body.providerId))) throw notFound('provider');
    const outreachId = newIdFor(request, 'outreach');
    const result = await this.outreach.execute(
      request,
      outreachId,
      'RequestOutreach',
      {
        outreachId,
        ...body,
        schoolUrn: request.actor.organisationId,
        laCode: request.actor.laCode ?? '',
      },
      false,
    );
    response.status(201).setHeader('ETag', etag(result.version));
    return { outreachId, version: result.version };
  }

  @Get()
  @Roles('school', 'provider', 'la_officer', 'la_auditor')
  @ApiOperation({
    summary: 'Outreach the caller is party to (a school its requests, a provider those sent to it, an LA its schools’)',
  })
  @ApiOkResponse({ type: OutreachListDto })
  @ApiProblems(401, 403)
  async list(@Req() request: ApiRequest) {
    const { role, organisationId } = request.actor;
    const column = role === 'school' ? 'school_urn' : role === 'provider' ? 'provider_id' : 'la_code';
    const { rows } = await this.db.pool.query(
      `SELECT outreach_id AS "outreachId", upn, school_urn AS "schoolUrn", provider_id AS "providerId", status,
              to_char(requested_on, 'YYYY-MM-DD') AS "requestedOn", to_char(closed_on, 'YYYY-MM-DD') AS "closedOn",
              sessions, minutes, attended, objectives_met AS "objectivesMet"
         FROM rm_outreach WHERE ${column} = $1 ORDER BY requested_on DESC, outreach_id`,
      [organisationId],
    );
    return { outreach: rows };
  }

  @Get(':id')
  @Roles('school', 'provider', 'la_officer', 'la_auditor')
  @ApiOperation({ summary: 'One outreach episode with its sessions and closing summary' })
  @ApiOkResponse({ type: OutreachViewDto })
  @ApiProblems(401, 403, 404)
  async get(@Req() request: ApiRequest, @Param('id') id: string, @Res({ passthrough: true }) response: Response) {
    const { state, version } = await this.outreach.read(request, id);
    const events = await this.outreach.events(id);
    response.setHeader('ETag', etag(version));
    return { ...state, version, ...events };
  }

  @Post(':id/accept')
  @HttpCode(200)
  @Roles('provider')
  @ApiOperation({ summary: 'Accept the outreach request' })
  @ApiOkResponse({ type: VersionDto, description: 'Done: the new stream version (ETag)' })
  @ApiProblems(400, 401, 403, 404, 409, 412, 422)
  async accept(
    @Req() request: ApiRequest,
    @Param('id') id: string,
    @Body() body: AcceptOutreachDto,
    @Res({ passthrough: true }) response: Response,
  ) {
    await this.outreach.asProvider(request, id);
    return answerVersion(response, await this.outreach.execute(request, id, 'AcceptOutreach', { ...body }));
  }

  @Post(':id/decline')
  @HttpCode(200)
  @Roles('provider')
  @ApiOperation({ summary: 'Decline the outreach request with a reason' })
  @ApiOkResponse({ type: VersionDto, description: 'Done: the new stream version (ETag)' })
  @ApiProblems(400, 401, 403, 404, 409, 412, 422)
  async decline(
    @Req() request: ApiRequest,
    @Param('id') id: string,
    @Body() body: DeclineOutreachDto,
    @Res({ passthrough: true }) response: Response,
  ) {
    await this.outreach.asProvider(request, id);
    return answerVersion(response, await this.outreach.execute(request, id, 'DeclineOutreach', { ...body }));
  }

  @Post(':id/sessions')
  @Roles('provider')
  @ApiOperation({ summary: 'Record a session in school: date, duration, focus and attendance' })
  @ApiCreatedResponse({
    type: RecordedOutreachSessionDto,
    description: 'Recorded: the new id and the stream version (ETag)',
  })
  @ApiProblems(400, 401, 403, 404, 409, 412, 422)
  async session(
    @Req() request: ApiRequest,
    @Param('id') id: string,
    @Body() body: OutreachSessionDto,
    @Res({ passthrough: true }) response: Response,
  ) {
    await this.outreach.asProvider(request, id);
    const sessionId = newIdFor(request, 'outreach-session');
    const result = await this.outreach.execute(request, id, 'RecordOutreachSession', { sessionId, ...body });
    response.setHeader('ETag', etag(result.version));
    return { sessionId, version: result.version };
  }

  @Post(':id/close')
  @HttpCode(200)
  @Roles('provider')
  @ApiOperation({ summary: 'Close the outreach with a summary and whether its objectives were met' })
  @ApiOkResponse({ type: VersionDto, description: 'Done: the new stream version (ETag)' })
  @ApiProblems(400, 401, 403, 404, 409, 412, 422)
  async close(
    @Req() request: ApiRequest,
    @Param('id') id: string,
    @Body() body: CloseOutreachDto,
    @Res({ passthrough: true }) response: Response,
  ) {
    await this.outreach.asProvider(request, id);
    return answerVersion(response, await this.outreach.execute(request, id, 'CloseOutreach', { ...body }));
  }
}
