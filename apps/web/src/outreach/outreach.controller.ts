import { Body, Controller, Get, Param, Post, Res } from '@nestjs/common';
import type { Response } from 'express';
import { must, type ApiClient } from '../api/api-client';
import { UserApi } from '../api/user-api';
import { CurrentUser, ForRoles } from '../auth/auth.decorators';
import type { SessionUser } from '../auth/session-user';
import { apiFieldErrors } from '../forms/api-problem-errors';
import { dateInputItems, dateParts } from '../forms/date-input';
import type { FieldError, PostedBody } from '../forms/form-result';
import { parseAccept, parseClose, parseOutreachRequest, parseSession } from './outreach.form';
import {
  presentOutreachEpisode,
  presentOutreachList,
  type OutreachEpisode,
  type OutreachListItem,
} from './outreach.presenter';
import { outreachEpisodeView, outreachTable } from './outreach.view';

type Providers = { providers: Array<{ providerId: string; name: string }> };
const as = <T>(value: unknown): T => value as T;

/** Tier 1: a school asks a provider for outreach; the provider records its sessions in school and closes it. */
@Controller('outreach')
@ForRoles('school', 'provider', 'la_officer', 'la_auditor')
export class OutreachPagesController {
  constructor(private readonly api: UserApi) {}

  @Get()
  async list(@CurrentUser() user: SessionUser, @Res() res: Response) {
    const answer = as<{ outreach: OutreachListItem[] }>(await must(this.api.for(user).GET('/outreach')));
    const rows = presentOutreachList(answer.outreach);
    res.render('outreach/outreach-list.njk', { rows, table: outreachTable(rows), canRequest: user.role === 'school' });
  }

  @Get('new')
  @ForRoles('school')
  async form(@CurrentUser() user: SessionUser, @Res() res: Response) {
    await this.renderForm(user, res, {}, []);
  }

  @Post('new')
  @ForRoles('school')
  async request(@CurrentUser() user: SessionUser, @Body() body: PostedBody, @Res() res: Response) {
    const form = parseOutreachRequest(body);
    if (!form.ok) return this.renderForm(user, res, body, form.errors);
    try {
      const created = as<{ outreachId: string }>(
        await must(this.api.for(user).POST('/outreach', { body: form.value })),
      );
      res.redirect(`/outreach/${created.outreachId}`);
    } catch (error) {
      const fields = {
        upn: { href: '#upn' },
        providerId: { href: '#providerId', message: 'Select a provider in your area' },
      };
      await this.renderForm(user, res, body, apiFieldErrors(error, fields, 'The request could not be sent'));
    }
  }

  @Get(':id')
  async episode(@CurrentUser() user: SessionUser, @Param('id') id: string, @Res() res: Response) {
    await this.renderEpisode(user, id, res, {}, []);
  }

  @Post(':id/accept')
  @ForRoles('provider')
  async accept(
    @CurrentUser() user: SessionUser,
    @Param('id') id: string,
    @Body() body: PostedBody,
    @Res() res: Response,
  ) {
    const form = parseAccept(body);
    if (!form.ok) return this.renderEpisode(user, id, res, body, form.errors, 400);
    await this.step(user, id, res, body, (api) =>
      api.POST('/outreach/{id}/accept', { params: { path: { id } }, body: form.value }),
    );
  }

  @Post(':id/sessions')
  @ForRoles('provider')
  async session(
    @CurrentUser() user: SessionUser,
    @Param('id') id: string,
    @Body() body: PostedBody,
    @Res() res: Response,
  ) {
    const form = parseSession(body);
    if (!form.ok) return this.renderEpisode(user, id, res, body, form.errors, 400);
    await this.step(user, id, res, body, (api) =>
      api.POST('/outreach/{id}/sessions', { params: { path: { id } }, body: form.value as never }),
    );
  }

  @Post(':id/close')
  @ForRoles('provider')
  async close(
    @CurrentUser() user: SessionUser,
    @Param('id') id: string,
    @Body() body: PostedBody,
    @Res() res: Response,
  ) {
    const form = parseClose(body);
    if (!form.ok) return this.renderEpisode(user, id, res, body, form.errors, 400);
    await this.step(user, id, res, body, (api) =>
      api.POST('/outreach/{id}/close', { params: { path: { id } }, body: form.value as never }),
    );
  }

  private async step(
    user: SessionUser,
    id: string,
    res: Response,
    body: PostedBody,
    call: (api: ApiClient) => Promise<{ data?: unknown; error?: unknown; response: globalThis.Response }>,
  ) {
    try {
      await must(call(this.api.for(user)));
      res.redirect(`/outreach/${id}`);
    } catch (error) {
      const fields = {
        acceptedOn: { href: '#acceptedOn-day' },
        date: { href: '#date-day' },
        closedOn: { href: '#closedOn-day' },
        summary: { href: '#summary' },
      };
      await this.renderEpisode(user, id, res, body, apiFieldErrors(error, fields, 'That could not be recorded'), 422);
    }
  }

  private async renderEpisode(
    user: SessionUser,
    id: string,
    res: Response,
    body: PostedBody,
    errors: readonly FieldError[],
    status = 200,
  ) {
    const answer = as<OutreachEpisode>(
      await must(this.api.for(user).GET('/outreach/{id}', { params: { path: { id } } })),
    );
    const episode = presentOutreachEpisode(answer, user.role, user.organisationId);
    res.status(status).render('outreach/outreach-episode.njk', {
      episode,
      view: outreachEpisodeView(episode),
      errors,
      values: body,
      dateItems: dateInputItems(
        dateParts(body, 'date'),
        errors.some((e) => e.field === 'date'),
      ),
      closedOnItems: dateInputItems(
        dateParts(body, 'closedOn'),
        errors.some((e) => e.field === 'closedOn'),
      ),
      acceptedOnItems: dateInputItems(
        dateParts(body, 'acceptedOn'),
        errors.some((e) => e.field === 'acceptedOn'),
      ),
      backLink: '/outreach',
    });
  }

  private async renderForm(user: SessionUser, res: Response, body: PostedBody, errors: readonly FieldError[]) {
    const directory = as<Providers>(
      await must(this.api.for(user).GET('/providers', { params: { query: { laCode: user.laCode ?? '' } } })),
    );
    res.status(errors.length ? 400 : 200).render('outreach/outreach-request.njk', {
      errors,
      values: body,
      providers: [
        { value: '', text: 'Select a provider' },
        ...directory.providers.map((p) => ({
          value: p.providerId,
          text: p.name,
          selected: body['providerId'] === p.providerId,
        })),
      ],
      requestedOnItems: dateInputItems(
        dateParts(body, 'requestedOn'),
        errors.some((e) => e.field === 'requestedOn'),
      ),
      backLink: '/outreach',
    });
  }
}
