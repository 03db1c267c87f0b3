import { Body, Controller, Get, Param, Post, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { must } from '../api/api-client';
import { UserApi } from '../api/user-api';
import { CurrentUser, ForRoles } from '../auth/auth.decorators';
import type { SessionUser } from '../auth/session-user';
import { apiFieldErrors } from '../forms/api-problem-errors';
import { dateInputItems, dateParts, parseDate } from '../forms/date-input';
import { FormErrors, type FieldError, type PostedBody } from '../forms/form-result';
import { parseCafeReview } from './cafe.form';
import { presentReviews, presentWorklist, type CafeReviewRecord, type WorklistPupil } from './cafe.presenter';
import { worklistTable } from './cafe.view';

const as = <T>(value: unknown): T => value as T;

/** The Children Absent From Education panel: the worklist, recording a review, and tracking its actions. */
@Controller('la/cafe')
@ForRoles('la_officer', 'la_auditor')
export class CafePagesController {
  constructor(private readonly api: UserApi) {}

  @Get()
  async worklist(@CurrentUser() user: SessionUser, @Res() res: Response) {
    const answer = as<{ pupils: WorklistPupil[] }>(await must(this.api.for(user).GET('/la/cafe/worklist')));
    const rows = presentWorklist(answer.pupils);
    res.render('cafe/worklist.njk', { rows, table: worklistTable(rows, user.role === 'la_officer') });
  }

  @Get('review')
  @ForRoles('la_officer')
  form(@Query('upn') upn: string, @Query('reasons') reasons: string, @Res() res: Response) {
    this.renderForm(res, { upn, reasons }, []);
  }

  @Post('review')
  @ForRoles('la_officer')
  async record(@CurrentUser() user: SessionUser, @Body() body: PostedBody, @Res() res: Response) {
    const form = parseCafeReview(body);
    if (!form.ok) return this.renderForm(res, body, form.errors);
    try {
      await must(this.api.for(user).POST('/la/cafe/reviews', { body: form.value as never }));
      res.redirect(`/la/cafe/reviews?upn=${encodeURIComponent(form.value.upn)}`);
    } catch (error) {
      const fields = {
        heldOn: { href: '#heldOn-day' },
        attendees: { href: '#attendees' },
        actions: { href: '#actionDescription' },
      };
      this.renderForm(res, body, apiFieldErrors(error, fields, 'The review could not be recorded'));
    }
  }

  @Get('reviews')
  async reviews(@CurrentUser() user: SessionUser, @Query('upn') upn: string, @Res() res: Response) {
    await this.renderReviews(user, upn, res, []);
  }

  @Post('reviews/:id/actions/:actionId/complete')
  @ForRoles('la_officer')
  async complete(
    @CurrentUser() user: SessionUser,
    @Param('id') id: string,
    @Param('actionId') actionId: string,
    @Body() body: PostedBody,
    @Res() res: Response,
  ) {
    const errors = new FormErrors();
    const completedOn = parseDate(body, 'completedOn', errors, {
      missing: 'Enter the date the action was done',
      label: 'the date the action was done',
    });
    const upn = String(body['upn'] ?? '');
    if (!completedOn) return this.renderReviews(user, upn, res, errors.errors);
    try {
      await must(
        this.api.for(user).POST('/la/cafe/reviews/{id}/actions/{actionId}/complete', {
          params: { path: { id, actionId } },
          body: { completedOn },
        }),
      );
      res.redirect(`/la/cafe/reviews?upn=${encodeURIComponent(upn)}`);
    } catch (error) {
      await this.renderReviews(
        user,
        upn,
        res,
        apiFieldErrors(error, { completedOn: { href: '#completedOn-day' } }, 'Not recorded'),
      );
    }
  }

  private async renderReviews(user: SessionUser, upn: string, res: Response, errors: readonly FieldError[]) {
    const answer = as<{ reviews: CafeReviewRecord[] }>(
      await must(this.api.for(user).GET('/la/cafe/reviews', { params: { query: { upn } } })),
    );
    res.status(errors.length ? 400 : 200).render('cafe/reviews.njk', {
      upn,
      reviews: presentReviews(answer.reviews),
      canRecord: user.role === 'la_officer',
      errors,
      completedOnItems: dateInputItems(dateParts({}, 'completedOn'), errors.length > 0),
      backLink: '/la/cafe',
    });
  }

  private renderForm(res: Response, body: PostedBody, errors: readonly FieldError[]) {
    const has = (f: string) => errors.some((e) => e.field === f);
    res.status(errors.length ? 400 : 200).render('cafe/review-form.njk', {
      values: body,
      errors,
      heldOnItems: dateInputItems(dateParts(body, 'heldOn'), has('heldOn')),
      actionDueItems: dateInputItems(dateParts(body, 'actionDue'), has('actionDue')),
      backLink: '/la/cafe',
    });
  }
}
