import { Body, Controller, Get, NotFoundException, Param, Post, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { must } from '../api/api-client';
import { UserApi } from '../api/user-api';
import { CurrentUser, ForRoles } from '../auth/auth.decorators';
import type { SessionUser } from '../auth/session-user';
import { apiFieldErrors } from '../forms/api-problem-errors';
import { checked, type FieldError, type PostedBody } from '../forms/form-result';
import { CANCEL_OUTCOMES, parseCancelExclusion } from './cancel-exclusion.form';
import { presentExclusion, type PupilExclusions } from './exclusion.presenter';
import { NOTICE_KINDS, parseParentNotice } from './parent-notice.form';

const radioItems = (options: Readonly<Record<string, { text: string; hint: string }>>, chosen?: string) =>
  Object.entries(options).map(([value, o]) => ({
    value,
    text: o.text,
    hint: { text: o.hint },
    checked: value === chosen,
  }));

/** One exclusion's page: the parent notices given about it, and cancelling it (EIA 2006 s100 day 6 then no longer runs). */
@Controller('exclusions/:upn/:exclusionId')
@ForRoles('school')
export class ExclusionPageController {
  constructor(private readonly api: UserApi) {}

  @Get()
  async page(
    @CurrentUser() user: SessionUser,
    @Param('upn') upn: string,
    @Param('exclusionId') exclusionId: string,
    @Query('done') done: string | undefined,
    @Res() res: Response,
  ) {
    const page = presentExclusion(await this.records(user, upn), exclusionId, user.organisationName, done);
    if (!page) throw new NotFoundException();
    res.render('exclusions/exclusion.njk', { page, href: this.href(upn, exclusionId) });
  }

  @Get('notice')
  async noticeForm(@CurrentUser() user: SessionUser, @Param() p: Params, @Res() res: Response) {
    await this.entry(user, p);
    this.renderNotice(res, p, {}, [], 200);
  }

  @Post('notice')
  async notice(@CurrentUser() user: SessionUser, @Param() p: Params, @Body() body: PostedBody, @Res() res: Response) {
    const form = parseParentNotice(body, p.exclusionId);
    if (!form.ok) return this.renderNotice(res, p, body, form.errors, 400);
    try {
      await must(
        this.api.for(user).POST('/pupils/{upn}/exclusions/parent-notices', {
          params: { path: { upn: p.upn } },
          body: form.value,
        }),
      );
      res.redirect(303, `${this.href(p.upn, p.exclusionId)}?done=notice`);
    } catch (error) {
      const errors = apiFieldErrors(
        error,
        {
          // The engine refuses a notice given after its own clock's now (NOTICE_TIME_INVALID).
          givenAt: { href: '#givenOn-day', message: 'The date you gave the notice must be today or in the past' },
          method: { href: '#method' },
        },
        'The notice was not recorded',
      );
      this.renderNotice(
        res,
        p,
        body,
        errors.map((e) => (e.field === 'givenAt' ? { ...e, field: 'givenOn' } : e)),
        422,
      );
    }
  }

  @Get('cancel')
  async cancelForm(@CurrentUser() user: SessionUser, @Param() p: Params, @Res() res: Response) {
    await this.entry(user, p);
    this.renderCancel(res, p, {}, [], 200);
  }

  @Post('cancel')
  async cancel(@CurrentUser() user: SessionUser, @Param() p: Params, @Body() body: PostedBody, @Res() res: Response) {
    const form = parseCancelExclusion(body);
    if (!form.ok) return this.renderCancel(res, p, body, form.errors, 400);
    try {
      await must(
        this.api.for(user).POST('/pupils/{upn}/exclusions/{exclusionId}/cancel', {
          params: { path: { upn: p.upn, exclusionId: p.exclusionId } },
          body: form.value,
        }),
      );
      res.redirect(303, `${this.href(p.upn, p.exclusionId)}?done=cancelled`);
    } catch (error) {
      const errors = apiFieldErrors(
        error,
        { decidedOn: { href: '#decidedOn-day' } },
        'The exclusion was not cancelled',
      );
      this.renderCancel(res, p, body, errors, 422);
    }
  }

  private renderNotice(res: Response, p: Params, values: PostedBody, errors: readonly FieldError[], status: number) {
    res.status(status).render('exclusions/parent-notice.njk', {
      href: this.href(p.upn, p.exclusionId),
      values,
      errors,
      kinds: radioItems(NOTICE_KINDS, checked(values, 'kind')[0]),
      provisionDetailsGiven: checked(values, 'provisionDetailsGiven').includes('yes'),
    });
  }

  private renderCancel(res: Response, p: Params, values: PostedBody, errors: readonly FieldError[], status: number) {
    res.status(status).render('exclusions/cancel.njk', {
      href: this.href(p.upn, p.exclusionId),
      values,
      errors,
      outcomes: radioItems(CANCEL_OUTCOMES, checked(values, 'outcome')[0]),
    });
  }

  /** 404 unless this school recorded the exclusion (the API answers only the caller's own records). */
  private async entry(user: SessionUser, p: Params) {
    const page = presentExclusion(await this.records(user, p.upn), p.exclusionId, user.organisationName);
    if (!page) throw new NotFoundException();
    return page;
  }

  private async records(user: SessionUser, upn: string): Promise<PupilExclusions> {
    const found = await must(this.api.for(user).GET('/pupils/{upn}/exclusions', { params: { path: { upn } } }));
    return found as unknown as PupilExclusions;
  }

  private href(upn: string, exclusionId: string): string {
    return `/exclusions/${encodeURIComponent(upn)}/${encodeURIComponent(exclusionId)}`;
  }
}

type Params = Readonly<{ upn: string; exclusionId: string }>;
