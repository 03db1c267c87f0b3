import { randomUUID } from 'node:crypto';
import { Body, Controller, Get, Param, Post, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { ApiError, must } from '../api/api-client';
import { UserApi } from '../api/user-api';
import { CurrentUser, ForRoles } from '../auth/auth.decorators';
import type { SessionUser } from '../auth/session-user';
import { apiFieldErrors } from '../forms/api-problem-errors';
import { checked, type FieldError, type PostedBody } from '../forms/form-result';
import { exclusionReasonItems } from '../exclusions/exclusion-details.form';
import type { PupilExclusions } from '../exclusions/exclusion.presenter';
import { newReferralValues, sectionContent } from './referral-prefill';
import { missingItemLink, type MissingItem } from './missing-items';
import { parseOpenReferral, reasonItems, UPN_SHAPE } from './open-referral.form';
import { providerChoice, providerItems, type ProviderEntry } from './provider-choice.form';
import { presentConfirmation } from './confirmation.presenter';
import { sectionSummaryCards } from './section-summary.presenter';
import { sectionNamed } from './section-definitions';
import { parseSection, valuesFromBody, valuesFromContent } from '../forms/questions.form';
import { sectionComponents } from '../forms/questions.view';
import { presentTaskList } from './task-list.presenter';
import { taskListGroups } from './task-list.view';

/** A school (or an LA officer) makes a referral: open it, complete each section, check, choose a provider, send. */
@Controller('referrals')
@ForRoles('school', 'la_officer')
export class MakeReferralController {
  constructor(private readonly api: UserApi) {}

  /** `?upn=&exclusionId=` (from an exclusion just recorded) starts the form with what the school already gave. */
  @Get('new')
  async newReferral(
    @CurrentUser() user: SessionUser,
    @Query('upn') upn: unknown,
    @Query('exclusionId') exclusionId: unknown,
    @Res() res: Response,
  ) {
    const pupil = typeof upn === 'string' && UPN_SHAPE.test(upn) ? upn : undefined;
    const values = newReferralValues(pupil, await this.exclusion(user, pupil, exclusionId));
    res.render('referrals/new.njk', {
      reasons: reasonItems(values.reason as string | undefined),
      exclusionReasons: exclusionReasonItems((values.exclusionReasons as string[] | undefined) ?? []),
      values,
      requestKey: randomUUID(),
    });
  }

  @Post('new')
  async open(@CurrentUser() user: SessionUser, @Body() body: PostedBody, @Res() res: Response) {
    const form = parseOpenReferral(body);
    const again = (errors: readonly FieldError[]) =>
      res.status(400).render('referrals/new.njk', {
        errors,
        reasons: reasonItems(String(body.reason ?? '')),
        exclusionReasons: exclusionReasonItems(checked(body, 'exclusionReasons')),
        values: body,
        requestKey: String(body.requestKey || randomUUID()),
      });
    if (!form.ok) return again(form.errors);
    try {
      const opened = await must(
        this.api.for(user).POST('/referrals', { body: form.value, headers: idempotency(body) }),
      );
      res.redirect(303, `/referrals/${opened.referralId}/tasks`);
    } catch (error) {
      again(
        apiFieldErrors(
          error,
          { upn: { href: '#upn' }, reason: { href: '#reason' }, exclusion: { href: '#firstDay-day' } },
          'The referral was not started',
        ),
      );
    }
  }

  @Get(':id/tasks')
  async tasks(@CurrentUser() user: SessionUser, @Param('id') id: string, @Res() res: Response) {
    const referral = await this.referral(user, id);
    if (referral.status !== 'draft') return res.redirect(`/referrals/${id}`);
    const taskList = presentTaskList(referral as never);
    res.render('referrals/task-list.njk', {
      referral,
      taskList,
      groups: taskListGroups(taskList),
      pupil: pupilOf(referral),
    });
  }

  @Get(':id/sections/:section')
  async section(
    @CurrentUser() user: SessionUser,
    @Param('id') id: string,
    @Param('section') name: string,
    @Res() res: Response,
  ) {
    const definition = sectionNamed(name);
    if (!definition) throw new ApiError({ status: 404, code: 'UNKNOWN_SECTION', title: 'No such section' });
    const referral = await this.referral(user, id);
    const values = valuesFromContent(definition, sectionContent(referral, name));
    res.render('referrals/section.njk', {
      referral,
      definition,
      components: sectionComponents(definition, values, []),
    });
  }

  @Post(':id/sections/:section')
  async saveSection(
    @CurrentUser() user: SessionUser,
    @Param('id') id: string,
    @Param('section') name: string,
    @Body() body: PostedBody,
    @Res() res: Response,
  ) {
    const definition = sectionNamed(name);
    if (!definition) throw new ApiError({ status: 404, code: 'UNKNOWN_SECTION', title: 'No such section' });
    const again = (errors: readonly FieldError[]) =>
      res.status(400).render('referrals/section.njk', {
        referral: { referralId: id },
        definition,
        errors,
        components: sectionComponents(definition, valuesFromBody(body), errors),
      });
    const form = parseSection(definition, body);
    if (!form.ok) return again(form.errors);
    try {
      await must(
        this.api.for(user).PUT('/referrals/{id}/sections/{section}', {
          params: { path: { id, section: name } },
          body: form.value as never,
        }),
      );
      res.redirect(303, `/referrals/${id}/tasks`);
    } catch (error) {
      const fields = Object.fromEntries(
        definition.fields.map((f) => [
          (f.path ?? f.id).split('.')[0],
          { href: `#${f.kind === 'date' ? `${f.id}-day` : f.id}` },
        ]),
      );
      again(apiFieldErrors(error, fields, 'The section was not saved'));
    }
  }

  @Get(':id/check')
  async check(@CurrentUser() user: SessionUser, @Param('id') id: string, @Res() res: Response) {
    const referral = await this.referral(user, id);
    if (referral.status !== 'draft') return res.redirect(`/referrals/${id}`);
    res.render('referrals/check.njk', await this.checkView(user, referral, [], undefined));
  }

  @Post(':id/submit')
  async submit(
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
        .render('referrals/check.njk', await this.checkView(user, referral, choice.errors, undefined));
    try {
      await must(
        this.api.for(user).POST('/referrals/{id}/submit', {
          params: { path: { id } },
          body: { providerId: choice.value.providerId },
          headers: { 'if-match': `"${referral.version}"` },
        }),
      );
      res.redirect(303, `/referrals/${id}/confirmation`);
    } catch (error) {
      if (error instanceof ApiError && error.problem.code === 'REFERRAL_INCOMPLETE') {
        // Every missing or out-of-date item, each linked to the question on its form.
        const missing = (error.problem.missing ?? []) as MissingItem[];
        const errors = missing.map((m) => {
          const link = missingItemLink(id, m);
          return { field: m.item, href: link.href, message: link.text };
        });
        return res
          .status(422)
          .render('referrals/check.njk', await this.checkView(user, referral, errors, choice.value.providerId));
      }
      const errors = apiFieldErrors(error, { providerId: { href: '#providerId' } }, 'The referral was not sent');
      res
        .status(422)
        .render('referrals/check.njk', await this.checkView(user, referral, errors, choice.value.providerId));
    }
  }

  @Get(':id/confirmation')
  async confirmation(@CurrentUser() user: SessionUser, @Param('id') id: string, @Res() res: Response) {
    const referral = await this.referral(user, id);
    res.render('referrals/confirmation.njk', { confirmation: presentConfirmation(referral) });
  }

  private async checkView(
    user: SessionUser,
    referral: Referral,
    errors: readonly FieldError[],
    providerId: string | undefined,
  ) {
    const directory = await must(this.api.for(user).GET('/providers', { params: { query: {} } }));
    return {
      referral,
      errors,
      pupil: pupilOf(referral),
      cards: sectionSummaryCards(referral.sections as Record<string, unknown>, {
        changeHref: (section) => `/referrals/${referral.referralId}/sections/${section}`,
      }),
      providers: providerItems(directory.providers as ProviderEntry[], providerId, referral.declinedBy),
    };
  }

  /** The school's own exclusion (the API answers only the caller's records); none when it is not found. */
  private async exclusion(user: SessionUser, upn: string | undefined, exclusionId: unknown) {
    if (!upn || typeof exclusionId !== 'string') return undefined;
    const answer = await this.api.for(user).GET('/pupils/{upn}/exclusions', { params: { path: { upn } } });
    return (answer.data as PupilExclusions | undefined)?.exclusions[exclusionId];
  }

  private referral(user: SessionUser, id: string) {
    return must(this.api.for(user).GET('/referrals/{id}', { params: { path: { id } } }));
  }
}

type Referral = Awaited<ReturnType<MakeReferralController['referral']>>;

export const pupilOf = (referral: { sections: { identity?: { fullName?: string } } }): string =>
  referral.sections.identity?.fullName ?? 'New referral';

/** The form's one-off key, sent as Idempotency-Key: a double-clicked button makes one referral, not two. */
const idempotency = (body: PostedBody): Record<string, string> =>
  typeof body.requestKey === 'string' && /^[\w-]{8,64}$/.test(body.requestKey)
    ? { 'idempotency-key': body.requestKey }
    : {};

export { idempotency };
