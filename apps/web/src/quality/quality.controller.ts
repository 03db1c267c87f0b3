import { Body, Controller, Get, Param, Post, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { must } from '../api/api-client';
import { UserApi } from '../api/user-api';
import { CurrentUser, ForRoles } from '../auth/auth.decorators';
import type { SessionUser } from '../auth/session-user';
import { apiFieldErrors } from '../forms/api-problem-errors';
import { dateInputItems, dateParts } from '../forms/date-input';
import type { FieldError, PostedBody } from '../forms/form-result';
import { comparisonTable, presentComparison, type ProviderComparison } from './quality-comparison.presenter';
import { parseModeration, parseSelfAssessment, type Area } from './quality.form';
import { groupAreas, presentProfile, type QualityProfile } from './quality.presenter';
import { actionsTable, groupTable, ratingItems } from './quality.view';

const as = <T>(value: unknown): T => value as T;
const dates = (body: PostedBody, errors: readonly FieldError[], name: string) =>
  dateInputItems(
    dateParts(body, name),
    errors.some((e) => e.field === name),
  );

/** IntegratED's 13 quality areas: the provider self-assesses with evidence, the LA moderates and compares. */
@Controller()
export class QualityPagesController {
  constructor(private readonly api: UserApi) {}

  @Get('quality')
  @ForRoles('provider')
  async own(@CurrentUser() user: SessionUser, @Res() res: Response) {
    const [areas, profile] = await this.load(user, user.organisationId);
    res.render('quality/profile.njk', this.profileModel(profile, areas, { own: true }));
  }

  @Get('quality/self-assessment')
  @ForRoles('provider')
  async selfAssessmentForm(@CurrentUser() user: SessionUser, @Res() res: Response) {
    await this.renderSelfAssessment(user, res, {}, []);
  }

  @Post('quality/self-assessment')
  @ForRoles('provider')
  async selfAssess(@CurrentUser() user: SessionUser, @Body() body: PostedBody, @Res() res: Response) {
    const areas = await this.areas(user);
    const form = parseSelfAssessment(body, areas);
    if (!form.ok) return this.renderSelfAssessment(user, res, body, form.errors, areas);
    try {
      await must(
        this.api.for(user).POST('/providers/{id}/quality/self-assessments', {
          params: { path: { id: user.organisationId } },
          body: form.value as never,
        }),
      );
      res.redirect(303, '/quality');
    } catch (error) {
      const errors = apiFieldErrors(error, { submittedOn: { href: '#submittedOn-day' } }, 'Not submitted');
      await this.renderSelfAssessment(user, res, body, errors, areas);
    }
  }

  @Get('la/quality')
  @ForRoles('la_officer', 'la_auditor')
  async compare(
    @CurrentUser() user: SessionUser,
    @Query('from') from: string | undefined,
    @Query('to') to: string | undefined,
    @Res() res: Response,
  ) {
    const query = { ...(from ? { from } : {}), ...(to ? { to } : {}) };
    const [areas, answer] = await Promise.all([
      this.areas(user),
      must(this.api.for(user).GET('/la/quality', { params: { query: query as never } })),
    ]);
    const {
      providers,
      from: start,
      to: end,
    } = as<{ providers: ProviderComparison[]; from: string; to: string }>(answer);
    const rows = presentComparison(providers, areas);
    res.render('quality/la-quality.njk', { rows, table: comparisonTable(rows), from: start, to: end });
  }

  @Get('la/quality/:providerId')
  @ForRoles('la_officer', 'la_auditor')
  async provider(@CurrentUser() user: SessionUser, @Param('providerId') providerId: string, @Res() res: Response) {
    await this.renderModeration(user, providerId, res, {}, []);
  }

  @Post('la/quality/:providerId/moderation')
  @ForRoles('la_officer')
  async moderate(
    @CurrentUser() user: SessionUser,
    @Param('providerId') providerId: string,
    @Body() body: PostedBody,
    @Res() res: Response,
  ) {
    const [areas, profile] = await this.load(user, providerId);
    const form = parseModeration(body, areas);
    if (!form.ok || !profile.assessmentId)
      return this.renderModeration(user, providerId, res, body, form.ok ? [] : form.errors);
    try {
      await must(
        this.api.for(user).POST('/providers/{id}/quality/self-assessments/{assessmentId}/moderation', {
          params: { path: { id: providerId, assessmentId: profile.assessmentId } },
          body: form.value as never,
        }),
      );
      res.redirect(303, `/la/quality/${encodeURIComponent(providerId)}`);
    } catch (error) {
      const fields = { moderatedOn: { href: '#moderatedOn-day' }, actions: { href: '#actionDescription' } };
      await this.renderModeration(user, providerId, res, body, apiFieldErrors(error, fields, 'Not moderated'));
    }
  }

  private async areas(user: SessionUser): Promise<Area[]> {
    return as<{ areas: Area[] }>(await must(this.api.for(user).GET('/quality/areas'))).areas;
  }

  private async load(user: SessionUser, providerId: string): Promise<[Area[], QualityProfile]> {
    const profile = this.api.for(user).GET('/providers/{id}/quality', { params: { path: { id: providerId } } });
    return [await this.areas(user), as<QualityProfile>(await must(profile))];
  }

  private profileModel(profile: QualityProfile, areas: readonly Area[], extra: Record<string, unknown>) {
    const page = presentProfile(profile, areas);
    return {
      page,
      groups: page.groups.map((g) => groupTable(g, page.moderated)),
      actions: page.actions.length ? actionsTable(page.actions) : undefined,
      ...extra,
    };
  }

  private async renderSelfAssessment(
    user: SessionUser,
    res: Response,
    body: PostedBody,
    errors: readonly FieldError[],
    known?: Area[],
  ) {
    const areas = known ?? (await this.areas(user));
    res.status(errors.length ? 400 : 200).render('quality/self-assessment.njk', {
      groups: groupAreas(areas).map((g) => ({
        name: g.name,
        areas: g.areas.map((a) => ({ ...a, items: ratingItems(body[`rating-${a.code}`]) })),
      })),
      values: body,
      errors,
      submittedOnItems: dates(body, errors, 'submittedOn'),
      backLink: '/quality',
    });
  }

  private async renderModeration(
    user: SessionUser,
    providerId: string,
    res: Response,
    body: PostedBody,
    errors: readonly FieldError[],
  ) {
    const [[areas, profile], directory] = await Promise.all([
      this.load(user, providerId),
      must(this.api.for(user).GET('/providers', { params: { query: { laCode: user.organisationId } } })),
    ]);
    const providers = as<{ providers: Array<{ providerId: string; name: string }> }>(directory).providers;
    const model = this.profileModel(profile, areas, {});
    const posted = Object.keys(body).length > 0;
    res.status(errors.length ? 400 : 200).render('quality/moderation.njk', {
      ...model,
      providerId,
      name: providers.find((p) => p.providerId === providerId)?.name ?? providerId,
      canModerate: user.role === 'la_officer' && model.page.assessed && !model.page.moderated,
      moderation: model.page.groups.map((g) => ({
        name: g.name,
        areas: g.areas.map((a) => ({
          ...a,
          items: ratingItems(posted ? body[`agreed-${a.code}`] : a.selfRating),
        })),
      })),
      areaOptions: [
        { value: '', text: 'Select an area' },
        ...areas.map((a) => ({ value: a.code, text: a.name, selected: body['actionArea'] === a.code })),
      ],
      values: body,
      errors,
      moderatedOnItems: dates(body, errors, 'moderatedOn'),
      actionDueItems: dates(body, errors, 'actionDue'),
      backLink: '/la/quality',
    });
  }
}
