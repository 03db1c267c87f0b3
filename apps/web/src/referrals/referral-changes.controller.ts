import { Body, Controller, Get, Param, Post, Res } from '@nestjs/common';
import type { Response } from 'express';
import { must } from '../api/api-client';
import type { Schemas } from '../api/api-types';
import { UserApi } from '../api/user-api';
import { CurrentUser, ForRoles } from '../auth/auth.decorators';
import type { SessionUser } from '../auth/session-user';
import { apiFieldErrors } from '../forms/api-problem-errors';
import type { FieldError, PostedBody } from '../forms/form-result';
import { pupilOf } from './make-referral.controller';
import { providerChoice, providerItems, type ProviderEntry } from './provider-choice.form';
import { parseWithdrawReferral } from './withdraw-referral.form';

type Referral = Schemas['ReferralViewDto'];

/** The commissioner changes course: withdraw the referral, or send it on to another provider after a decline. */
@Controller('referrals/:id')
@ForRoles('school', 'la_officer')
export class ReferralChangesController {
  constructor(private readonly api: UserApi) {}

  @Get('withdraw')
  async withdrawForm(@CurrentUser() user: SessionUser, @Param('id') id: string, @Res() res: Response) {
    this.renderWithdraw(res, await this.referral(user, id), {}, [], 200);
  }

  @Post('withdraw')
  async withdraw(
    @CurrentUser() user: SessionUser,
    @Param('id') id: string,
    @Body() body: PostedBody,
    @Res() res: Response,
  ) {
    const referral = await this.referral(user, id);
    const form = parseWithdrawReferral(body);
    if (!form.ok) return this.renderWithdraw(res, referral, body, form.errors, 400);
    try {
      await must(
        this.api.for(user).POST('/referrals/{id}/withdraw', {
          params: { path: { id } },
          headers: { 'if-match': `"${referral.version}"` },
          body: form.value,
        }),
      );
      res.redirect(303, `/referrals/${id}/withdrawn`);
    } catch (error) {
      const errors = apiFieldErrors(error, { reason: { href: '#reason' } }, 'The referral was not withdrawn');
      this.renderWithdraw(res, referral, body, errors, 422);
    }
  }

  @Get('withdrawn')
  async withdrawn(@CurrentUser() user: SessionUser, @Param('id') id: string, @Res() res: Response) {
    const referral = await this.referral(user, id);
    res.render('referrals/withdrawn.njk', { referral, pupil: pupilOf(referral) });
  }

  @Get('send-on')
  async sendOnForm(@CurrentUser() user: SessionUser, @Param('id') id: string, @Res() res: Response) {
    const referral = await this.referral(user, id);
    res.render('referrals/send-on.njk', await this.sendOnView(user, referral, [], undefined));
  }

  @Post('send-on')
  async sendOn(
    @CurrentUser() user: SessionUser,
    @Param('id') id: string,
    @Body() body: PostedBody,
    @Res() res: Response,
  ) {
    const referral = await this.referral(user, id);
    const choice = providerChoice(body);
    if (!choice.ok)
      return res
        .status(400)
        .render('referrals/send-on.njk', await this.sendOnView(user, referral, choice.errors, undefined));
    try {
      await must(
        this.api.for(user).POST('/referrals/{id}/redirect', {
          params: { path: { id } },
          headers: { 'if-match': `"${referral.version}"` },
          body: choice.value,
        }),
      );
      // The same confirmation as the first sending: what happens next and by when.
      res.redirect(303, `/referrals/${id}/confirmation`);
    } catch (error) {
      const errors = apiFieldErrors(error, { providerId: { href: '#providerId' } }, 'The referral was not sent');
      res
        .status(422)
        .render('referrals/send-on.njk', await this.sendOnView(user, referral, errors, choice.value.providerId));
    }
  }

  private renderWithdraw(
    res: Response,
    referral: Referral,
    values: PostedBody,
    errors: readonly FieldError[],
    status: number,
  ) {
    res.status(status).render('referrals/withdraw.njk', { referral, pupil: pupilOf(referral), values, errors });
  }

  private async sendOnView(user: SessionUser, referral: Referral, errors: readonly FieldError[], chosen?: string) {
    const directory = await must(this.api.for(user).GET('/providers', { params: { query: {} } }));
    return {
      referral,
      errors,
      pupil: pupilOf(referral),
      providers: providerItems(directory.providers as ProviderEntry[], chosen, referral.declinedBy),
    };
  }

  private referral(user: SessionUser, id: string): Promise<Referral> {
    return must(this.api.for(user).GET('/referrals/{id}', { params: { path: { id } } }));
  }
}
