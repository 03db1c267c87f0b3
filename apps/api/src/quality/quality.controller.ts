import { Body, Controller, Get, HttpStatus, Inject, Param, Post, Query, Req, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { CLOCK, ExecuteCommand } from '@ap/application';
import { DATABASE, type DatabaseConnection } from '@ap/database';
import { isIsoDate, QUALITY_AREAS, type Clock } from '@ap/domain';
import { Roles } from '../auth/auth.decorators';
import { OutcomesQuery } from '../dashboard/outcomes.query';
import { DirectoryService } from '../directory/directory.service';
import { ApiProblems } from '../http/api-problems.decorator';
import { notFound } from '../http/not-found';
import { problem, ProblemException } from '../http/problem';
import { commandContext, etag, newIdFor, type ApiRequest } from '../http/request-context';
import { ModerationDto, SelfAssessmentDto } from './quality.request.dto';
import {
  FeedbackPerProviderDto,
  QualityAreasDto,
  QualityComparisonDto,
  QualityProfileDto,
  SubmittedSelfAssessmentDto,
} from './quality.response.dto';
import { VersionDto } from '../referrals/referral.response.dto';

/** IntegratED's AP Quality Toolkit (REFERENCE §1.10): providers self-assess, the LA moderates and compares. */
@ApiTags('quality')
@ApiBearerAuth()
@Controller()
export class QualityController {
  constructor(
    private readonly commands: CommandBus,
    private readonly directory: DirectoryService,
    private readonly outcomes: OutcomesQuery,
    @Inject(DATABASE) private readonly db: DatabaseConnection,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get('quality/areas')
  @Roles('provider', 'la_officer', 'la_auditor', 'school')
  @ApiOperation({ summary: 'The 13 quality areas in their three groups (community, curriculum, currency)' })
  @ApiOkResponse({ type: QualityAreasDto })
  @ApiProblems(401, 403)
  areas() {
    return { areas: Object.entries(QUALITY_AREAS).map(([code, a]) => ({ code, ...a })) };
  }

  @Post('providers/:id/quality/self-assessments')
  @Roles('provider')
  @ApiOperation({ summary: 'The provider’s self-assessment of all 13 areas, with evidence' })
  @ApiCreatedResponse({
    type: SubmittedSelfAssessmentDto,
    description: 'Recorded: the new id and the stream version (ETag)',
  })
  @ApiProblems(400, 401, 403, 404, 409, 422)
  async submit(
    @Req() request: ApiRequest,
    @Param('id') id: string,
    @Body() body: SelfAssessmentDto,
    @Res({ passthrough: true }) response: Response,
  ) {
    if (id !== request.actor.organisationId) throw notFound('provider');
    const provider = await this.directory.provider(id);
    if (!provider) throw notFound('provider');
    const assessmentId = newIdFor(request, 'self-assessment');
    const data = {
      assessmentId,
      providerId: id,
      laCode: provider.laCode ?? '',
      ...body,
      areas: body.areas.map((a) => ({ ...a })),
    };
    const result = await this.commands.execute(
      new ExecuteCommand('quality', id, 'SubmitSelfAssessment', data, commandContext(request, false)),
    );
    response.status(201).setHeader('ETag', etag(result.version));
    return { assessmentId, version: result.version };
  }

  @Post('providers/:id/quality/self-assessments/:assessmentId/moderation')
  @Roles('la_officer')
  @ApiOperation({ summary: 'The LA’s moderation: agreed ratings for the 13 areas and actions' })
  @ApiCreatedResponse({ type: VersionDto, description: 'Recorded: the stream version (ETag)' })
  @ApiProblems(400, 401, 403, 404, 409, 412, 422)
  async moderate(
    @Req() request: ApiRequest,
    @Param('id') id: string,
    @Param('assessmentId') assessmentId: string,
    @Body() body: ModerationDto,
    @Res({ passthrough: true }) response: Response,
  ) {
    const provider = await this.directory.provider(id);
    if (!provider || provider.laCode !== request.actor.organisationId) throw notFound('provider');
    const actions = body.actions.map((a, i) => ({ actionId: `${assessmentId}-a${i + 1}`, ...a }));
    const data = { assessmentId, moderatedOn: body.moderatedOn, agreed: body.agreed.map((a) => ({ ...a })), actions };
    const result = await this.commands.execute(
      new ExecuteCommand('quality', id, 'ModerateSelfAssessment', data, commandContext(request)),
    );
    response.setHeader('ETag', etag(result.version));
    return { version: result.version };
  }

  @Get('providers/:id/quality')
  @Roles('provider', 'la_officer', 'la_auditor')
  @ApiOperation({ summary: 'The provider’s latest self-assessment and moderation' })
  @ApiOkResponse({ type: QualityProfileDto })
  @ApiProblems(401, 403, 404)
  async profile(@Req() request: ApiRequest, @Param('id') id: string) {
    const provider = await this.directory.provider(id);
    const own =
      request.actor.role === 'provider'
        ? id === request.actor.organisationId
        : provider?.laCode === request.actor.organisationId;
    if (!provider || !own) throw notFound('provider');
    const [profile] = await this.profiles(provider.laCode ?? '', id);
    return profile ?? { providerId: id, selfAssessed: null, agreed: null, actions: null };
  }

  @Get('la/quality')
  @Roles('la_officer', 'la_auditor')
  @ApiOperation({ summary: 'Every provider’s quality profile, feedback and outcome measures side by side' })
  @ApiQuery({
    name: 'from',
    required: false,
    example: '2025-09-01',
    description: 'Default: 1 September of this school year',
  })
  @ApiQuery({ name: 'to', required: false, example: '2026-07-31', description: 'Default: today' })
  @ApiOkResponse({ type: QualityComparisonDto })
  @ApiProblems(400, 401, 403)
  async compare(@Req() request: ApiRequest, @Query('from') fromQuery?: string, @Query('to') toQuery?: string) {
    const today = this.clock.now().slice(0, 10);
    // The school year so far unless the LA asks for another period.
    const from = fromQuery ?? `${Number(today.slice(0, 4)) - (today.slice(5) < '09-01' ? 1 : 0)}-09-01`;
    const to = toQuery ?? today;
    for (const [field, value] of [
      ['from', from],
      ['to', to],
    ] as const)
      if (!isIsoDate(value))
        throw new ProblemException(
          problem(HttpStatus.BAD_REQUEST, 'VALIDATION_FAILED', `${field} must be a date as YYYY-MM-DD`, {
            field,
            rule: 'isIsoDate',
          }),
        );
    const la = request.actor.organisationId;
    const [profiles, feedback, measures, providers] = await Promise.all([
      this.profiles(la),
      this.feedback(la),
      this.outcomes.outcomes(la, null, from, to, today, `LA ${la}`),
      this.db.pool.query<{ provider_id: string; name: string }>(
        'SELECT provider_id, name FROM rm_providers WHERE la_code = $1 ORDER BY provider_id',
        [la],
      ),
    ]);
    const by = <T extends { providerId: string }>(rows: T[]) => new Map(rows.map((r) => [r.providerId, r]));
    const [p, f, m] = [by(profiles), by(feedback), by(measures.providers)];
    return {
      from,
      to,
      providers: providers.rows.map((row) => ({
        providerId: row.provider_id,
        name: row.name,
        quality: p.get(row.provider_id) ?? null,
        feedback: f.get(row.provider_id) ?? null,
        outcomes: m.get(row.provider_id) ?? null,
      })),
    };
  }

  @Get('la/feedback')
  @Roles('la_officer', 'la_auditor')
  @ApiOperation({ summary: 'Pupil and parent feedback after placements, per provider (averages 1–5 and comments)' })
  @ApiOkResponse({ type: FeedbackPerProviderDto })
  @ApiProblems(401, 403)
  async feedbackPerProvider(@Req() request: ApiRequest) {
    return { providers: await this.feedback(request.actor.organisationId) };
  }

  private async profiles(la: string, providerId?: string) {
    const { rows } = await this.db.pool.query(
      `SELECT provider_id AS "providerId", assessment_id AS "assessmentId", to_char(submitted_on, 'YYYY-MM-DD') AS "submittedOn",
              self_assessed AS "selfAssessed", to_char(moderated_on, 'YYYY-MM-DD') AS "moderatedOn", agreed, actions
         FROM rm_quality WHERE la_code = $1 AND ($2::text IS NULL OR provider_id = $2) ORDER BY provider_id`,
      [la, providerId ?? null],
    );
    return rows as Array<{ providerId: string } & Record<string, unknown>>;
  }

  private async feedback(la: string) {
    const { rows } = await this.db.pool.query(
      `SELECT f.provider_id AS "providerId", count(*)::int AS responses,
              round(avg(f.helped), 1)::float AS helped, round(avg(f.listened_to), 1)::float AS "listenedTo",
              round(avg(f.safe), 1)::float AS safe, round(avg(f.would_recommend), 1)::float AS "wouldRecommend",
              jsonb_agg(jsonb_build_object('respondent', f.respondent, 'comments', f.comments, 'givenOn', to_char(f.given_on, 'YYYY-MM-DD'))
                        ORDER BY f.given_on DESC) FILTER (WHERE f.comments <> '') AS comments
         FROM rm_feedback f JOIN rm_placements p USING (placement_id)
        WHERE p.commissioner_la = $1 GROUP BY f.provider_id ORDER BY f.provider_id`,
      [la],
    );
    return rows as Array<{ providerId: string } & Record<string, unknown>>;
  }
}
