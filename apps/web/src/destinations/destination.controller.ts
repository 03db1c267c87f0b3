import { Body, Controller, Get, NotFoundException, Param, Post, Res } from '@nestjs/common';
import type { Response } from 'express';
import { must } from '../api/api-client';
import { UserApi } from '../api/user-api';
import { CurrentUser, ForRoles } from '../auth/auth.decorators';
import type { SessionUser } from '../auth/session-user';
import { apiFieldErrors } from '../forms/api-problem-errors';
import { dateInputItems, dateParts } from '../forms/date-input';
import type { FieldError, FormResult, PostedBody } from '../forms/form-result';
import { placementNames } from '../placement-plan/placement-names';
import { parseConfirm, parseFollowUp, parseMeeting, parsePlan, parsePost16 } from './destination.form';
import {
  kindItems,
  post16Items,
  post16Options,
  presentDestination,
  type PlacementForDestination,
} from './destination.presenter';

/** Each step: its form, the API route it posts to, and where its fields' errors link. */
const STEPS: Readonly<Record<string, { parse: (b: PostedBody) => FormResult<object>; api: string; date: string }>> = {
  plan: { parse: parsePlan, api: '/placements/{id}/transition', date: 'plannedDate' },
  meeting: { parse: parseMeeting, api: '/placements/{id}/transition/meeting', date: 'heldOn' },
  confirm: { parse: parseConfirm, api: '/placements/{id}/transition/confirm', date: 'startsOn' },
  'follow-ups': { parse: parseFollowUp, api: '/placements/{id}/transition/follow-ups', date: 'checkedOn' },
  post16: { parse: parsePost16, api: '/placements/{id}/transition/post16', date: 'recordedOn' },
};
const DATES = ['plannedDate', 'heldOn', 'startsOn', 'checkedOn', 'recordedOn'];

/** Tier 3: where the pupil moves on to, the transition meeting, and following the destination up (NEET included). */
@Controller('placements/:id/destination')
@ForRoles('school', 'provider', 'la_officer', 'la_auditor')
export class DestinationPagesController {
  constructor(private readonly api: UserApi) {}

  @Get()
  async page(@CurrentUser() user: SessionUser, @Param('id') id: string, @Res() res: Response) {
    await this.render(user, id, res, {}, []);
  }

  @Post(':step')
  @ForRoles('school', 'provider', 'la_officer')
  async record(
    @CurrentUser() user: SessionUser,
    @Param('id') id: string,
    @Param('step') name: string,
    @Body() body: PostedBody,
    @Res() res: Response,
  ) {
    const step = STEPS[name];
    if (!step) throw new NotFoundException();
    const form = step.parse(body);
    if (!form.ok) return this.render(user, id, res, body, form.errors);
    try {
      // The route comes from the declared step; the API validates the body again.
      await must(
        this.api
          .for(user)
          .POST(step.api as '/placements/{id}/transition', { params: { path: { id } }, body: form.value as never }),
      );
      res.redirect(303, `/placements/${id}/destination`);
    } catch (error) {
      const fields = {
        [step.date]: { href: `#${step.date}-day` },
        destination: { href: name === 'post16' ? '#destination' : '#kind' },
        checkedOn: { href: '#checkedOn-day' },
      };
      await this.render(user, id, res, body, apiFieldErrors(error, fields, 'Not recorded'));
    }
  }

  private async render(user: SessionUser, id: string, res: Response, body: PostedBody, errors: readonly FieldError[]) {
    const api = this.api.for(user);
    const placement = (await must(
      api.GET('/placements/{id}', { params: { path: { id } } }),
    )) as unknown as PlacementForDestination & { referralId: string; providerId: string };
    const names = await placementNames(api, placement);
    const has = (field: string) => errors.some((e) => e.field === field);
    res.status(errors.length ? 400 : 200).render('destinations/destination.njk', {
      page: presentDestination(placement, user.role, names.pupil),
      errors,
      values: body,
      kinds: kindItems(body['kind']),
      post16Options: post16Options(body['post16']),
      post16Now: post16Items(body['destination']),
      dates: Object.fromEntries(DATES.map((d) => [d, dateInputItems(dateParts(body, d), has(d))])),
      backLink: `/placements/${id}/plan`,
    });
  }
}
