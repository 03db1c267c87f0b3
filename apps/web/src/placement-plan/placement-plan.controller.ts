import { Body, Controller, Get, Param, Post, Res } from '@nestjs/common';
import type { Response } from 'express';
import { must } from '../api/api-client';
import { UserApi } from '../api/user-api';
import { CurrentUser, ForRoles } from '../auth/auth.decorators';
import type { SessionUser } from '../auth/session-user';
import { apiFieldErrors } from '../forms/api-problem-errors';
import { dateInputItems, dateParts, parseDate } from '../forms/date-input';
import { FormErrors, text, type FieldError, type PostedBody } from '../forms/form-result';
import { placementNames } from './placement-names';
import { presentPlacementPlan, type PlacementRecord } from './placement-plan.presenter';

/** A placement's tier and planned end, its return criteria, and extending it with the reason recorded. */
@Controller('placements/:id/plan')
@ForRoles('school', 'provider', 'la_officer', 'la_auditor')
export class PlacementPlanPagesController {
  constructor(private readonly api: UserApi) {}

  @Get()
  async page(@CurrentUser() user: SessionUser, @Param('id') id: string, @Res() res: Response) {
    await this.render(user, id, res, {}, []);
  }

  @Post('extend')
  @ForRoles('school', 'provider', 'la_officer')
  async extend(
    @CurrentUser() user: SessionUser,
    @Param('id') id: string,
    @Body() body: PostedBody,
    @Res() res: Response,
  ) {
    const errors = new FormErrors();
    const plannedEndDate = parseDate(body, 'plannedEndDate', errors, {
      missing: 'Enter the new planned end date',
      label: 'the new planned end date',
    });
    const reason = text(body, 'reason');
    if (!reason) errors.add('reason', 'Enter why the placement is being extended');
    if (errors.errors.length) return this.render(user, id, res, body, errors.errors);
    try {
      await must(
        this.api.for(user).POST('/placements/{id}/extend', {
          params: { path: { id } },
          body: { plannedEndDate: plannedEndDate!, reason },
        }),
      );
      res.redirect(`/placements/${id}/plan`);
    } catch (error) {
      await this.render(
        user,
        id,
        res,
        body,
        apiFieldErrors(
          error,
          { plannedEndDate: { href: '#plannedEndDate-day' }, reason: { href: '#reason' } },
          'Not extended',
        ),
      );
    }
  }

  private async render(user: SessionUser, id: string, res: Response, body: PostedBody, errors: readonly FieldError[]) {
    const api = this.api.for(user);
    const placement = (await must(
      api.GET('/placements/{id}', { params: { path: { id } } }),
    )) as unknown as PlacementRecord & { today: string; referralId: string };
    const names = await placementNames(api, placement);
    res.status(errors.length ? 400 : 200).render('placement-plan/placement-plan.njk', {
      plan: presentPlacementPlan(placement, placement.today, user.role, user.organisationId, names),
      errors,
      values: body,
      plannedEndItems: dateInputItems(
        dateParts(body, 'plannedEndDate'),
        errors.some((e) => e.field === 'plannedEndDate'),
      ),
    });
  }
}
