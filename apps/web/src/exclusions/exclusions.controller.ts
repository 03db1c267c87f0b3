import { randomUUID } from 'node:crypto';
import { Body, Controller, Get, Post, Res } from '@nestjs/common';
import type { Response } from 'express';
import { must } from '../api/api-client';
import { UserApi } from '../api/user-api';
import { CurrentUser, ForRoles } from '../auth/auth.decorators';
import type { SessionUser } from '../auth/session-user';
import { apiFieldErrors } from '../forms/api-problem-errors';
import { checked, type FieldError, type PostedBody } from '../forms/form-result';
import { idempotency } from '../referrals/make-referral.controller';
import { exclusionReasonItems } from './exclusion-details.form';
import { presentExclusionRecorded, type Day6Duty } from './exclusion-recorded.presenter';
import { exclusionTypeItems, parseRecordExclusion, yearGroupItems, yesNoItems } from './record-exclusion.form';

/** A school records an exclusion and sees at once who is responsible from day 6, and when day 6 is. */
@Controller('exclusions')
@ForRoles('school')
export class ExclusionPagesController {
  constructor(private readonly api: UserApi) {}

  @Get('new')
  form(@Res() res: Response) {
    this.render(res, {}, [], 200);
  }

  @Post('new')
  async record(@CurrentUser() user: SessionUser, @Body() body: PostedBody, @Res() res: Response) {
    const form = parseRecordExclusion(body);
    if (!form.ok) return this.render(res, body, form.errors, 400);
    try {
      const recorded = await must(
        this.api.for(user).POST('/pupils/{upn}/exclusions', {
          params: { path: { upn: form.value.upn } },
          body: form.value.body,
          headers: idempotency(body),
        }),
      );
      const duty = dutyOf(recorded as RecordedExclusion);
      res.render('exclusions/recorded.njk', {
        result: presentExclusionRecorded(duty, user.organisationName),
        upn: form.value.upn,
        exclusionHref: `/exclusions/${encodeURIComponent(form.value.upn)}/${encodeURIComponent((recorded as RecordedExclusion).exclusionId)}`,
      });
    } catch (error) {
      this.render(
        res,
        body,
        apiFieldErrors(
          error,
          { upn: { href: '#upn' }, startDate: { href: '#firstDay-day' }, homeLaCode: { href: '#homeLaCode' } },
          'The exclusion was not recorded',
        ),
        422,
      );
    }
  }

  private render(res: Response, values: PostedBody, errors: readonly FieldError[], status: number) {
    res.status(status).render('exclusions/record.njk', {
      values,
      errors,
      requestKey: typeof values.requestKey === 'string' ? values.requestKey : randomUUID(),
      types: exclusionTypeItems(checked(values, 'exclusionType')[0]),
      years: yearGroupItems(typeof values.yearGroup === 'string' ? values.yearGroup : undefined),
      reasons: exclusionReasonItems(checked(values, 'exclusionReasons')),
      partWay: yesNoItems(checked(values, 'startsPartWay')[0]),
      lookedAfter: yesNoItems(checked(values, 'lookedAfter')[0]),
      ehcPlan: yesNoItems(checked(values, 'ehcPlan')[0]),
    });
  }
}

type RecordedExclusion = Readonly<{
  exclusionId: string;
  day6Duties?: ReadonlyArray<Day6Duty & { exclusionIds: string[] }>;
}>;

/**
 * The duty this exclusion is part of (the API answers every duty the recorder's own records give rise to). Where a
 * permanent exclusion joins a suspension's run, the LA's duty of its own is the later one, and it is the one to show.
 */
const dutyOf = (recorded: RecordedExclusion): Day6Duty | null =>
  (recorded.day6Duties ?? []).filter((d) => d.exclusionIds.includes(recorded.exclusionId)).at(-1) ?? null;
