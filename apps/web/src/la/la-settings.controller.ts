import { Body, Controller, Get, Post, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { ApiError, must } from '../api/api-client';
import { UserApi } from '../api/user-api';
import { CurrentUser, ForRoles } from '../auth/auth.decorators';
import type { SessionUser } from '../auth/session-user';
import { apiFieldErrors } from '../forms/api-problem-errors';
import { fieldError, type FieldError, type PostedBody } from '../forms/form-result';
import { readSettingsForm } from './la-settings.form';
import { FIRST_SETTING_HREF, presentSettings } from './la-settings.presenter';

/** The LA's timeline settings: the statutory deadlines (fixed) and its own, which an officer may change. */
@Controller('la/settings')
@ForRoles('la_officer', 'la_auditor')
export class LaSettingsController {
  constructor(private readonly api: UserApi) {}

  @Get()
  async settings(
    @CurrentUser() user: SessionUser,
    @Res() res: Response,
    @Query('saved') saved?: string,
    shown: { errors?: readonly FieldError[]; typed?: PostedBody } = {},
  ) {
    const answer = await this.read(user);
    res.status(shown.errors ? (shown.typed ? 400 : 409) : 200).render('la/la-settings.njk', {
      view: presentSettings(answer, shown.typed),
      canWrite: user.role === 'la_officer',
      saved: saved === 'yes',
      errors: shown.errors,
    });
  }

  @Post()
  @ForRoles('la_officer')
  async save(@CurrentUser() user: SessionUser, @Body() body: PostedBody, @Res() res: Response) {
    const current = await this.read(user);
    const form = readSettingsForm(body, current.defaults);
    if (!form.ok) return this.settings(user, res, undefined, { errors: form.errors, typed: body });
    try {
      await must(
        this.api.for(user).PUT('/las/{laCode}/timelines', {
          params: { path: { laCode: user.organisationId } },
          headers: { 'if-match': `"${form.value.version}"` },
          body: form.value.settings,
        }),
      );
    } catch (error) {
      // Optimistic concurrency: someone saved since this page was read, so show theirs rather than overwrite it.
      if (error instanceof ApiError && (error.status === 412 || error.status === 409))
        return this.settings(user, res, undefined, {
          errors: [
            fieldError(
              'form',
              'Someone else changed these settings while you were editing them. Check the settings below and save them again',
              FIRST_SETTING_HREF,
            ),
          ],
        });
      const errors = apiFieldErrors(error, {}, 'The settings could not be saved');
      return this.settings(user, res, undefined, { errors, typed: body });
    }
    res.redirect(303, '/la/settings?saved=yes');
  }

  private read(user: SessionUser) {
    return must(
      this.api.for(user).GET('/las/{laCode}/timelines', { params: { path: { laCode: user.organisationId } } }),
    );
  }
}
