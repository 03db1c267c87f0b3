import { Body, Controller, Get, NotFoundException, Param, Post, Res } from '@nestjs/common';
import type { Response } from 'express';
import { must } from '../api/api-client';
import type { Schemas } from '../api/api-types';
import { UserApi } from '../api/user-api';
import { CurrentUser, ForRoles } from '../auth/auth.decorators';
import type { SessionUser } from '../auth/session-user';
import { apiFieldErrors } from '../forms/api-problem-errors';
import { errorMessageFor, type FieldError, type PostedBody } from '../forms/form-result';
import type { FieldValues } from '../forms/question-fields';
import { parseSection, valuesFromBody, valuesFromContent } from '../forms/questions.form';
import { sectionComponents } from '../forms/questions.view';
import { answerValues, parseAnswer, requestedSections } from './answer-request.form';
import { presentInformationRequest, presentReferralPage } from './referral-page.presenter';
import { ACCEPT_REFUSALS, responseForm, type ResponseAction } from './response-forms';
import { sectionSummaryCards } from './section-summary.presenter';

type Referral = Schemas['ReferralViewDto'];
type ResponseForm = NonNullable<ReturnType<typeof responseForm>>;

/** A referral's page, the provider's responses to it, and the school's answer to an information request. */
@Controller('referrals/:id')
export class ReferralPageController {
  constructor(private readonly api: UserApi) {}

  @Get()
  async page(@CurrentUser() user: SessionUser, @Param('id') id: string, @Res() res: Response) {
    const referral = await this.referral(user, id);
    res.render('referrals/referral.njk', {
      referral,
      page: presentReferralPage(referral as never, user.role, user.organisationId),
      cards: sectionSummaryCards(referral.sections as Record<string, unknown>),
    });
  }

  @Get('print')
  async print(@CurrentUser() user: SessionUser, @Param('id') id: string, @Res() res: Response) {
    const referral = await this.referral(user, id);
    res.render('referrals/print.njk', {
      page: presentReferralPage(referral as never, user.role, user.organisationId),
      cards: sectionSummaryCards(referral.sections as Record<string, unknown>),
    });
  }

  @Get('respond/:action')
  @ForRoles('provider')
  async respondForm(
    @CurrentUser() user: SessionUser,
    @Param('id') id: string,
    @Param('action') action: ResponseAction,
    @Res() res: Response,
  ) {
    const referral = await this.referral(user, id);
    const form = actionFor(action, referral);
    this.renderAction(res, referral, form, valuesFromContent(form.definition, undefined), [], 200);
  }

  @Post('respond/:action')
  @ForRoles('provider')
  async respond(
    @CurrentUser() user: SessionUser,
    @Param('id') id: string,
    @Param('action') action: ResponseAction,
    @Body() body: PostedBody,
    @Res() res: Response,
  ) {
    const referral = await this.referral(user, id);
    const response = actionFor(action, referral);
    const form = parseSection(response.definition, body);
    if (!form.ok) return this.renderAction(res, referral, response, valuesFromBody(body), form.errors, 400);
    const api = this.api.for(user);
    const path = { params: { path: { id } }, headers: { 'if-match': `"${referral.version}"` } };
    try {
      if (action === 'accept')
        await must(api.POST('/referrals/{id}/accept', { ...path, body: form.value as Schemas['AcceptReferralDto'] }));
      if (action === 'decline')
        await must(api.POST('/referrals/{id}/decline', { ...path, body: form.value as Schemas['ReasonDto'] }));
      if (action === 'ask')
        await must(
          api.POST('/referrals/{id}/information-requests', {
            ...path,
            body: form.value as Schemas['RequestInformationDto'],
          }),
        );
      res.redirect(303, `/referrals/${id}`);
    } catch (error) {
      const errors = apiFieldErrors(
        error,
        { ...ACCEPT_REFUSALS, reason: { href: '#reason' }, items: { href: '#items' } },
        'Not sent',
      );
      this.renderAction(res, referral, response, valuesFromBody(body), errors, 422);
    }
  }

  @Get('answer')
  @ForRoles('school', 'la_officer')
  async answerForm(@CurrentUser() user: SessionUser, @Param('id') id: string, @Res() res: Response) {
    const referral = await this.referral(user, id);
    this.renderAnswer(res, referral, answerValues(referral), [], 200);
  }

  @Post('answer')
  @ForRoles('school', 'la_officer')
  async answer(
    @CurrentUser() user: SessionUser,
    @Param('id') id: string,
    @Body() body: PostedBody,
    @Res() res: Response,
  ) {
    const referral = await this.referral(user, id);
    if (!referral.openRequest) return res.redirect(303, `/referrals/${id}`);
    const form = parseAnswer(referral, body);
    if (!form.ok) return this.renderAnswer(res, referral, valuesFromBody(body), form.errors, 400);
    try {
      await must(
        this.api.for(user).POST('/referrals/{id}/information-requests/{requestId}/answer', {
          params: { path: { id, requestId: referral.openRequest.requestId } },
          headers: { 'if-match': `"${referral.version}"` },
          body: form.value as Schemas['ProvideInformationDto'],
        }),
      );
      res.redirect(303, `/referrals/${id}`);
    } catch (error) {
      this.renderAnswer(
        res,
        referral,
        valuesFromBody(body),
        apiFieldErrors(error, {}, 'Your answer was not sent'),
        422,
      );
    }
  }

  private renderAction(
    res: Response,
    referral: Referral,
    { definition, button }: ResponseForm,
    values: FieldValues,
    errors: readonly FieldError[],
    status: number,
  ) {
    res.status(status).render('referrals/respond.njk', {
      referral,
      pupil: referral.sections.identity?.fullName ?? 'the pupil',
      definition,
      button,
      errors,
      components: sectionComponents(definition, values, errors),
    });
  }

  private renderAnswer(
    res: Response,
    referral: Referral,
    values: FieldValues,
    errors: readonly FieldError[],
    status: number,
  ) {
    if (!referral.openRequest) return res.redirect(`/referrals/${referral.referralId}`);
    res.status(status).render('referrals/answer.njk', {
      referral,
      pupil: referral.sections.identity?.fullName ?? 'the pupil',
      errors,
      request: presentInformationRequest(referral as never),
      noteError: errorMessageFor(errors, 'note'),
      sets: requestedSections(referral).map((s) => ({
        title: s.definition.title,
        components: sectionComponents(s.definition, values, errors),
      })),
      values,
    });
  }

  private referral(user: SessionUser, id: string): Promise<Referral> {
    return must(this.api.for(user).GET('/referrals/{id}', { params: { path: { id } } }));
  }
}

function actionFor(action: string, referral: Referral): ResponseForm {
  const form = responseForm(action, {
    referrer: referral.commissioner.name,
    yearGroup: referral.sections.identity?.yearGroup,
  });
  if (!form) throw new NotFoundException();
  return form;
}
