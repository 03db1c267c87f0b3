import { Body, Controller, Get, Param, Post, Res } from '@nestjs/common';
import type { Response } from 'express';
import { must } from '../api/api-client';
import { UserApi } from '../api/user-api';
import { CurrentUser, ForRoles } from '../auth/auth.decorators';
import type { SessionUser } from '../auth/session-user';
import { apiFieldErrors } from '../forms/api-problem-errors';
import { dateInputItems, dateParts } from '../forms/date-input';
import type { FieldError, PostedBody } from '../forms/form-result';
import { parseVoice } from './voice.form';
import { presentFeedback, presentVoices, type FeedbackRecord, type VoiceRecord } from './voice.presenter';
import { feedbackRows, voicesTable } from './voice.view';

const as = <T>(value: unknown): T => value as T;

/** The pupil's and parent's views in their own words at referral, induction and each review, and their feedback. */
@Controller('referrals/:id/voice')
@ForRoles('school', 'provider', 'la_officer', 'la_auditor')
export class VoicePagesController {
  constructor(private readonly api: UserApi) {}

  @Get()
  async page(@CurrentUser() user: SessionUser, @Param('id') id: string, @Res() res: Response) {
    await this.render(user, id, res, {}, []);
  }

  @Post()
  @ForRoles('school', 'provider', 'la_officer')
  async record(
    @CurrentUser() user: SessionUser,
    @Param('id') id: string,
    @Body() body: PostedBody,
    @Res() res: Response,
  ) {
    const form = parseVoice(body);
    if (!form.ok) return this.render(user, id, res, body, form.errors);
    try {
      await must(this.api.for(user).POST('/referrals/{id}/voice', { params: { path: { id } }, body: form.value }));
      res.redirect(303, `/referrals/${id}/voice`);
    } catch (error) {
      const fields = {
        words: { href: '#words' },
        recordedOn: { href: '#recordedOn-day', message: 'The date they gave their view must be today or in the past' },
        reviewId: { href: '#reviewId' },
      };
      await this.render(user, id, res, body, apiFieldErrors(error, fields, 'The view could not be recorded'));
    }
  }

  private async render(user: SessionUser, id: string, res: Response, body: PostedBody, errors: readonly FieldError[]) {
    const api = this.api.for(user);
    const [referral, record] = await Promise.all([
      must(api.GET('/referrals/{id}', { params: { path: { id } } })),
      must(api.GET('/referrals/{id}/voice', { params: { path: { id } } })),
    ]);
    const { voices, feedback } = as<{ voices: VoiceRecord[]; feedback: FeedbackRecord[] }>(record);
    const views = presentVoices(voices);
    res.status(errors.length ? 400 : 200).render('voice/voice.njk', {
      id,
      pupil: referral.sections.identity?.fullName ?? 'The pupil',
      // Reached from the placement's plan once there is a placement (its id is the referral's), else the referral.
      backLink: referral.status === 'accepted' ? `/placements/${id}/plan` : `/referrals/${id}`,
      views,
      table: voicesTable(views),
      feedback: presentFeedback(feedback).map((f) => ({ heading: f.heading, rows: feedbackRows(f) })),
      canRecord: user.role !== 'la_auditor',
      errors,
      values: body,
      recordedOnItems: dateInputItems(
        dateParts(body, 'recordedOn'),
        errors.some((e) => e.field === 'recordedOn'),
      ),
    });
  }
}
