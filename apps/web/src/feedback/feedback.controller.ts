import { Body, Controller, Get, Param, Post, Res } from '@nestjs/common';
import type { Response } from 'express';
import { must } from '../api/api-client';
import { UserApi } from '../api/user-api';
import { CurrentUser, ForRoles } from '../auth/auth.decorators';
import type { SessionUser } from '../auth/session-user';
import { apiFieldErrors } from '../forms/api-problem-errors';
import { dateInputItems, dateParts } from '../forms/date-input';
import type { FieldError, PostedBody } from '../forms/form-result';
import { FEEDBACK_QUESTIONS, parseFeedback } from './feedback.form';
import {
  presentFeedbackPerProvider,
  feedbackOpen,
  type PlacementForFeedback,
  type ProviderFeedback,
} from './feedback.presenter';
import { feedbackTable, scaleItems } from './feedback.view';
import { FEEDBACK_QUESTION_TEXT } from '../voice/voice.presenter';

const as = <T>(value: unknown): T => value as T;

/** The short feedback form after a placement, and the LA's feedback per provider. */
@Controller()
export class FeedbackPagesController {
  constructor(private readonly api: UserApi) {}

  @Get('placements/:id/feedback')
  @ForRoles('school', 'provider', 'la_officer')
  async form(@CurrentUser() user: SessionUser, @Param('id') id: string, @Res() res: Response) {
    await this.renderForm(user, id, res, {}, []);
  }

  @Post('placements/:id/feedback')
  @ForRoles('school', 'provider', 'la_officer')
  async give(
    @CurrentUser() user: SessionUser,
    @Param('id') id: string,
    @Body() body: PostedBody,
    @Res() res: Response,
  ) {
    const form = parseFeedback(body);
    if (!form.ok) return this.renderForm(user, id, res, body, form.errors);
    try {
      await must(this.api.for(user).POST('/placements/{id}/feedback', { params: { path: { id } }, body: form.value }));
      // The placement shares its referral's id: the voice page lists the feedback with the views.
      res.redirect(303, `/referrals/${id}/voice`);
    } catch (error) {
      const fields = {
        respondent: { href: '#respondent' },
        givenOn: { href: '#givenOn-day' },
        comments: { href: '#comments' },
      };
      await this.renderForm(user, id, res, body, apiFieldErrors(error, fields, 'The feedback could not be recorded'));
    }
  }

  @Get('la/feedback')
  @ForRoles('la_officer', 'la_auditor')
  async perProvider(@CurrentUser() user: SessionUser, @Res() res: Response) {
    const api = this.api.for(user);
    const [answer, directory] = await Promise.all([
      must(api.GET('/la/feedback')),
      must(api.GET('/providers', { params: { query: { laCode: user.laCode ?? user.organisationId } } })),
    ]);
    const names = new Map(
      as<{ providers: Array<{ providerId: string; name: string }> }>(directory).providers.map((p) => [
        p.providerId,
        p.name,
      ]),
    );
    const providers = presentFeedbackPerProvider(as<{ providers: ProviderFeedback[] }>(answer).providers, names);
    res.render('feedback/la-feedback.njk', { providers, table: feedbackTable(providers), backLink: '/la/quality' });
  }

  private async renderForm(
    user: SessionUser,
    id: string,
    res: Response,
    body: PostedBody,
    errors: readonly FieldError[],
  ) {
    const placement = as<PlacementForFeedback>(
      await must(this.api.for(user).GET('/placements/{id}', { params: { path: { id } } })),
    );
    res.status(errors.length ? 400 : 200).render('feedback/feedback-form.njk', {
      id,
      open: feedbackOpen(placement),
      questions: FEEDBACK_QUESTIONS.map((q) => ({
        name: q,
        legend: FEEDBACK_QUESTION_TEXT[q],
        items: scaleItems(body[q]),
      })),
      errors,
      values: body,
      givenOnItems: dateInputItems(
        dateParts(body, 'givenOn'),
        errors.some((e) => e.field === 'givenOn'),
      ),
      backLink: `/placements/${id}/plan`,
    });
  }
}
