import { Body, Controller, Get, NotFoundException, Param, Post, Res } from '@nestjs/common';
import type { Response } from 'express';
import { must } from '../api/api-client';
import { UserApi } from '../api/user-api';
import { CurrentUser, ForRoles } from '../auth/auth.decorators';
import type { SessionUser } from '../auth/session-user';
import { apiFieldErrors } from '../forms/api-problem-errors';
import type { FieldError, PostedBody } from '../forms/form-result';
import type { FieldValues } from '../forms/question-fields';
import { parseSection, valuesFromBody } from '../forms/questions.form';
import { sectionComponents } from '../forms/questions.view';
import { PLACEMENT_ACTIONS, type PlacementAction } from './placement-forms';
import { presentPlacement, type PlacementView } from './placement.presenter';

/** A placement's page with its induction, and the provider recording the start, induction steps and reviews. */
@Controller('placements/:id')
export class PlacementPagesController {
  constructor(private readonly api: UserApi) {}

  @Get()
  async page(@CurrentUser() user: SessionUser, @Param('id') id: string, @Res() res: Response) {
    const [placement, referral] = await this.load(user, id);
    res.render('placements/placement.njk', {
      placement,
      page: presentPlacement(placement, referral.sections.identity?.fullName ?? 'the pupil', user.role === 'provider'),
      isProvider: user.role === 'provider',
    });
  }

  @Get('record/:action')
  @ForRoles('provider')
  async form(
    @CurrentUser() user: SessionUser,
    @Param('id') id: string,
    @Param('action') name: string,
    @Res() res: Response,
  ) {
    const action = actionNamed(name);
    const [, referral] = await this.load(user, id);
    this.render(res, id, referral.sections.identity?.fullName ?? '', action, {}, [], 200);
  }

  @Post('record/:action')
  @ForRoles('provider')
  async record(
    @CurrentUser() user: SessionUser,
    @Param('id') id: string,
    @Param('action') name: string,
    @Body() body: PostedBody,
    @Res() res: Response,
  ) {
    const action = actionNamed(name);
    const form = parseSection(action.definition, body);
    if (!form.ok) return this.render(res, id, '', action, valuesFromBody(body), form.errors, 400);
    try {
      // The route and its body come from the declared action; the API validates the body again.
      await must(
        this.api
          .for(user)
          .POST(action.api as '/placements/{id}/start', { params: { path: { id } }, body: form.value as never }),
      );
      res.redirect(303, `/placements/${id}`);
    } catch (error) {
      const fields = Object.fromEntries(
        action.definition.fields.map((f) => [f.path ?? f.id, { href: `#${f.kind === 'date' ? `${f.id}-day` : f.id}` }]),
      );
      this.render(res, id, '', action, valuesFromBody(body), apiFieldErrors(error, fields, 'Not saved'), 422);
    }
  }

  private render(
    res: Response,
    id: string,
    pupil: string,
    action: PlacementAction,
    values: FieldValues,
    errors: readonly FieldError[],
    status: number,
  ) {
    res.status(status).render('placements/record.njk', {
      placementId: id,
      pupil,
      action,
      errors,
      components: sectionComponents(action.definition, values, errors),
    });
  }

  private async load(user: SessionUser, id: string) {
    const api = this.api.for(user);
    const placement = (await must(
      api.GET('/placements/{id}', { params: { path: { id } } }),
    )) as unknown as PlacementView;
    const referral = await must(api.GET('/referrals/{id}', { params: { path: { id: placement.referralId } } }));
    return [placement, referral] as const;
  }
}

function actionNamed(name: string): PlacementAction {
  const action = PLACEMENT_ACTIONS[name];
  if (!action) throw new NotFoundException();
  return action;
}
