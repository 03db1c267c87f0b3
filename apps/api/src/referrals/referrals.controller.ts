import { Body, Controller, Get, HttpCode, HttpStatus, Inject, Param, Post, Put, Req, Res } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiBody,
  ApiCreatedResponse,
  ApiExtraModels,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  getSchemaPath,
} from '@nestjs/swagger';
import type { Response } from 'express';
import { CLOCK } from '@ap/application';
import { SECTION_NAMES, type Clock, type SectionInput, type SectionName } from '@ap/domain';
import { Roles } from '../auth/auth.decorators';
import { ApiProblems } from '../http/api-problems.decorator';
import { problem, ProblemException } from '../http/problem';
import { answerVersion, etag, type ApiRequest, newIdFor } from '../http/request-context';
import { validateAs } from '../http/validation';
import { DirectoryService } from '../directory/directory.service';
import { laByCode } from '../directory/organisation-names';
import { PlacementsService } from '../placements/placements.service';
import { OpenReferralRequestDto } from './open-referral.request.dto';
import {
  AcceptReferralDto,
  ProviderChoiceDto,
  ProvideInformationDto,
  ReasonDto,
  RequestInformationDto,
} from './referral-actions.request.dto';
import { SECTION_DTOS } from './referral-section.request.dto';
import {
  AcceptedReferralDto,
  OpenedReferralDto,
  ReferralViewDto,
  RequestedInformationDto,
  VersionDto,
} from './referral.response.dto';
import { referralHistory } from './referral-history';
import { referralView, ReferralsService } from './referrals.service';

/** Each directory name looked up once per request. */
const memoised = <T>(lookup: (key: string) => Promise<T>) => {
  const seen = new Map<string, Promise<T>>();
  return (key: string): Promise<T> => {
    if (!seen.has(key)) seen.set(key, lookup(key));
    return seen.get(key)!;
  };
};

@ApiTags('referrals')
@ApiBearerAuth()
@Controller('referrals')
export class ReferralsController {
  constructor(
    private readonly referrals: ReferralsService,
    private readonly directory: DirectoryService,
    private readonly placements: PlacementsService,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Post()
  @Roles('school', 'la_officer')
  @ApiOperation({ summary: 'Open a draft referral (a school, or the LA for a permanent exclusion or illness)' })
  @ApiCreatedResponse({ type: OpenedReferralDto })
  @ApiProblems(400, 401, 403, 422)
  async open(
    @Req() request: ApiRequest,
    @Body() body: OpenReferralRequestDto,
    @Res({ passthrough: true }) response: Response,
  ) {
    const referralId = newIdFor(request, 'referral');
    const commissionerLaCode =
      request.actor.role === 'la_officer'
        ? request.actor.organisationId
        : (request.actor.laCode ?? (await this.directory.schoolLa(request.actor.organisationId)));
    if (!commissionerLaCode)
      throw new ProblemException(
        problem(
          HttpStatus.UNPROCESSABLE_ENTITY,
          'SCHOOL_LA_UNKNOWN',
          'Your school is not in the directory with its LA',
          { field: 'la' },
        ),
      );
    const result = await this.referrals.execute(request, referralId, 'OpenReferral', {
      referralId,
      ...body,
      commissionerLaCode,
    });
    response.setHeader('ETag', etag(result.version)).setHeader('Location', `/referrals/${referralId}`);
    return { referralId, version: result.version };
  }

  @Get(':id')
  @ApiOperation({
    summary: 'The referral as the caller may see it, with the items still missing before it can be submitted',
  })
  @ApiOkResponse({ type: ReferralViewDto })
  @ApiProblems(401, 404)
  async get(@Req() request: ApiRequest, @Param('id') id: string, @Res({ passthrough: true }) response: Response) {
    const now = this.clock.now();
    const { state, version, events } = await this.referrals.read(request, id, now);
    response.setHeader('ETag', etag(version));
    const view = referralView(state, version, now.slice(0, 10));
    const { kind, organisationId, laCode } = state.commissioner;
    const names = memoised((key: string) => {
      const [what, id] = key.split(':', 2) as [string, string];
      const named = this.directory.name(what as 'school' | 'provider' | 'la', id);
      return what === 'la' ? named.then((name) => name ?? laByCode(id)) : named;
    });
    const [history, commissionerName, providerName, dueDates] = await Promise.all([
      referralHistory(events, request.actor, {
        provider: (providerId) => names(`provider:${providerId}`),
        commissioner: (who, whoId) => names(`${who}:${who === 'la' ? laCode : whoId}`),
        la: (code) => names(`la:${code}`),
      }),
      names(kind === 'la' ? `la:${laCode}` : `school:${organisationId}`),
      state.providerId ? names(`provider:${state.providerId}`) : null,
      this.referrals.dueDates(id),
    ]);
    return {
      ...view,
      commissioner: { ...view.commissioner, name: commissionerName },
      providerName,
      ...dueDates,
      openRequest: view.openRequest && { ...view.openRequest, dueBy: dueDates.informationDueBy },
      history,
    };
  }

  @Put(':id/sections/:section')
  @Roles('school', 'la_officer')
  @ApiOperation({ summary: 'Complete or amend one section of a draft referral' })
  @ApiExtraModels(...Object.values(SECTION_DTOS))
  @ApiBody({
    description: 'The section content: the schema named like the section (identity → IdentitySectionDto, …)',
    schema: { oneOf: Object.values(SECTION_DTOS).map((dto) => ({ $ref: getSchemaPath(dto) })) },
  })
  @ApiOkResponse({ type: VersionDto })
  @ApiProblems(400, 401, 403, 404, 409, 412)
  async completeSection(
    @Req() request: ApiRequest,
    @Param('id') id: string,
    @Param('section') section: string,
    @Body() body: unknown,
    @Res({ passthrough: true }) response: Response,
  ) {
    if (!SECTION_NAMES.includes(section as SectionName)) {
      throw new ProblemException(
        problem(HttpStatus.NOT_FOUND, 'UNKNOWN_SECTION', `No section named ${section}`, {
          field: 'section',
          allowed: SECTION_NAMES,
        }),
      );
    }
    const content = await validateAs(SECTION_DTOS[section as SectionName], body);
    await this.referrals.asCommissioner(request, id);
    const result = await this.referrals.execute(request, id, 'CompleteSection', {
      section,
      content: { ...content },
    } as SectionInput);
    return answerVersion(response, result);
  }

  @Post(':id/submit')
  @HttpCode(200)
  @Roles('school', 'la_officer')
  @ApiOperation({
    summary: 'Submit to a provider; refused with REFERRAL_INCOMPLETE listing every missing or out-of-date item',
  })
  @ApiOkResponse({ type: VersionDto })
  @ApiProblems(400, 401, 403, 404, 409, 412, 422)
  async submit(
    @Req() request: ApiRequest,
    @Param('id') id: string,
    @Body() body: ProviderChoiceDto,
    @Res({ passthrough: true }) response: Response,
  ) {
    return this.sendTo(request, response, id, 'SubmitReferral', body.providerId);
  }

  @Post(':id/redirect')
  @HttpCode(200)
  @Roles('school', 'la_officer')
  @ApiOperation({ summary: 'Send a declined referral to another provider without re-entering it' })
  @ApiOkResponse({ type: VersionDto })
  @ApiProblems(400, 401, 403, 404, 409, 412, 422)
  async redirect(
    @Req() request: ApiRequest,
    @Param('id') id: string,
    @Body() body: ProviderChoiceDto,
    @Res({ passthrough: true }) response: Response,
  ) {
    return this.sendTo(request, response, id, 'RedirectReferral', body.providerId);
  }

  @Post(':id/withdraw')
  @HttpCode(200)
  @Roles('school', 'la_officer')
  @ApiOperation({ summary: 'Withdraw the referral' })
  @ApiOkResponse({ type: VersionDto })
  @ApiProblems(400, 401, 403, 404, 409, 412)
  async withdraw(
    @Req() request: ApiRequest,
    @Param('id') id: string,
    @Body() body: ReasonDto,
    @Res({ passthrough: true }) response: Response,
  ) {
    await this.referrals.asCommissioner(request, id);
    return answerVersion(
      response,
      await this.referrals.execute(request, id, 'WithdrawReferral', { reason: body.reason }),
    );
  }

  @Post(':id/information-requests')
  @Roles('provider')
  @ApiOperation({ summary: 'Ask the commissioner for more information, naming the items' })
  @ApiCreatedResponse({ type: RequestedInformationDto })
  @ApiProblems(400, 401, 403, 404, 409, 412, 422)
  async requestInformation(
    @Req() request: ApiRequest,
    @Param('id') id: string,
    @Body() body: RequestInformationDto,
    @Res({ passthrough: true }) response: Response,
  ) {
    await this.referrals.asProvider(request, id);
    const requestId = `rq-${newIdFor(request, 'request')}`;
    const result = await this.referrals.execute(request, id, 'RequestInformation', {
      requestId,
      items: body.items,
      note: body.note,
    });
    response.setHeader('ETag', etag(result.version));
    return { requestId, version: result.version };
  }

  @Post(':id/information-requests/:requestId/answer')
  @HttpCode(200)
  @Roles('school', 'la_officer')
  @ApiOperation({ summary: 'Answer an information request, updating the sections asked for' })
  @ApiOkResponse({ type: VersionDto })
  @ApiProblems(400, 401, 403, 404, 409, 412, 422)
  async provideInformation(
    @Req() request: ApiRequest,
    @Param('id') id: string,
    @Param('requestId') requestId: string,
    @Body() body: ProvideInformationDto,
    @Res({ passthrough: true }) response: Response,
  ) {
    await this.referrals.asCommissioner(request, id);
    const sections: SectionInput[] = [];
    for (const update of body.sections)
      sections.push({
        section: update.section,
        content: { ...(await validateAs(SECTION_DTOS[update.section], update.content)) },
      } as SectionInput);
    return answerVersion(
      response,
      await this.referrals.execute(request, id, 'ProvideInformation', { requestId, sections, note: body.note }),
    );
  }

  @Post(':id/accept')
  @HttpCode(200)
  @Roles('provider')
  @ApiOperation({
    summary: 'Accept: start date, hours (part-time terms when below the benchmark); creates the placement',
  })
  @ApiOkResponse({ type: AcceptedReferralDto })
  @ApiProblems(400, 401, 403, 404, 409, 412, 422)
  async accept(
    @Req() request: ApiRequest,
    @Param('id') id: string,
    @Body() body: AcceptReferralDto,
    @Res({ passthrough: true }) response: Response,
  ) {
    await this.referrals.asProvider(request, id);
    const provider = await this.directory.thresholdInput(request.actor.organisationId);
    const { tier, plannedEndDate, ...acceptance } = body;
    const accepted = await this.placements.acceptAndPlace(request, id, acceptance, provider, { tier, plannedEndDate });
    response.setHeader('ETag', etag(accepted.version));
    return accepted;
  }

  @Post(':id/decline')
  @HttpCode(200)
  @Roles('provider')
  @ApiOperation({ summary: 'Decline with a reason' })
  @ApiOkResponse({ type: VersionDto })
  @ApiProblems(400, 401, 403, 404, 409, 412, 422)
  async decline(
    @Req() request: ApiRequest,
    @Param('id') id: string,
    @Body() body: ReasonDto,
    @Res({ passthrough: true }) response: Response,
  ) {
    await this.referrals.asProvider(request, id);
    return answerVersion(
      response,
      await this.referrals.execute(request, id, 'DeclineReferral', { reason: body.reason }),
    );
  }

  /** Submitting and sending on: the commissioner names a provider the directory knows. */
  private async sendTo(
    request: ApiRequest,
    response: Response,
    id: string,
    type: 'SubmitReferral' | 'RedirectReferral',
    providerId: string,
  ) {
    await this.referrals.asCommissioner(request, id);
    await this.requireProvider(providerId);
    return answerVersion(response, await this.referrals.execute(request, id, type, { providerId }));
  }

  private async requireProvider(providerId: string): Promise<void> {
    if (!(await this.directory.provider(providerId))) {
      throw new ProblemException(
        problem(HttpStatus.UNPROCESSABLE_ENTITY, 'PROVIDER_UNKNOWN', 'No provider with this id in the directory', {
          field: 'providerId',
        }),
      );
    }
  }
}
