import { Body, Controller, Get, Param, Post, Query, Req, Res, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import type { Request, Response } from 'express';
import { ApiError, must } from '../api/api-client';
import { UserApi } from '../api/user-api';
import { CurrentUser, ForRoles } from '../auth/auth.decorators';
import type { SessionUser } from '../auth/session-user';
import { parseDate } from '../forms/date-input';
import { apiFieldErrors } from '../forms/api-problem-errors';
import { checked, fieldError, FormErrors, type PostedBody } from '../forms/form-result';
import { readLaNameForm } from './la-name.form';
import { presentLaName } from './la-name.presenter';
import { COMMON_SPECIALISMS, KEY_STAGES, readOfferForm, readPlacesForm } from './la-provider.form';
import {
  CHECKS,
  LA_CALENDAR_MISSING,
  presentImport,
  presentProvider,
  presentProviders,
  presentSchools,
  providerFormValues,
  type ImportReport,
} from './la-directory.presenter';

const STALE = (form: string) =>
  fieldError(
    form,
    'Someone else changed this provider while you were editing it. Check the details below and save them again',
    `#${form === 'offer' ? 'keyStages' : 'places'}`,
  );

/** What the officer typed, shown again beside the errors (checkbox groups as lists). */
const typed = (body: PostedBody) => ({
  ...body,
  keyStages: checked(body, 'keyStages'),
  specialisms: checked(body, 'specialisms'),
});

/** The LA's directory: schools (GIAS import, calendars) and providers (checks, approval, offer, places). */
@Controller('la/directory')
@ForRoles('la_officer', 'la_auditor')
export class LaDirectoryController {
  constructor(private readonly api: UserApi) {}

  @Get()
  async directory(@CurrentUser() user: SessionUser, @Res() res: Response, extra: Record<string, unknown> = {}) {
    const api = this.api.for(user);
    const laCode = user.organisationId;
    const [schools, providers, laCalendar, laName] = await Promise.all([
      must(api.GET('/las/{laCode}/schools', { params: { path: { laCode } } })),
      must(api.GET('/providers', { params: { query: { laCode } } })),
      must(api.GET('/las/{laCode}/calendar', { params: { path: { laCode } } })),
      must(api.GET('/las/{laCode}/name', { params: { path: { laCode } } })),
    ]);
    const laCalendarPublished = laCalendar.source === 'la';
    res.status(extra['errors'] ? Number(extra['status'] ?? 400) : 200).render('la/la-directory.njk', {
      canWrite: user.role === 'la_officer',
      laName: presentLaName(laName),
      laCalendarPublished,
      schools: presentSchools((schools as unknown as { schools: never[] }).schools, laCalendarPublished),
      providers: presentProviders((providers as unknown as { providers: never[] }).providers),
      ...extra,
    });
  }

  /** The LA's name on every page; the signed-in banner shows it at once (the session keeps the organisation's name). */
  @Post('name')
  @ForRoles('la_officer')
  async name(@CurrentUser() user: SessionUser, @Req() req: Request, @Body() body: PostedBody, @Res() res: Response) {
    const form = readLaNameForm(body);
    if (!form.ok) return this.directory(user, res, { errors: form.errors, typedName: body['laName'] });
    try {
      await must(
        this.api.for(user).PUT('/las/{laCode}/name', {
          params: { path: { laCode: user.organisationId } },
          body: form.value,
        }),
      );
    } catch (error) {
      const errors = apiFieldErrors(
        error,
        { name: { href: '#laName', field: 'laName' } },
        "Your local authority's name could not be saved",
      );
      return this.directory(user, res, { errors, typedName: body['laName'] });
    }
    if (req.session.user) req.session.user = { ...req.session.user, organisationName: form.value.name };
    res.redirect(303, '/la/directory#la-name');
  }

  @Post('schools/import')
  @ForRoles('la_officer')
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: 20 * 1024 * 1024, files: 1 } }))
  async importSchools(
    @CurrentUser() user: SessionUser,
    @UploadedFile() file: { buffer: Buffer } | undefined,
    @Res() res: Response,
  ) {
    if (!file || file.buffer.length === 0)
      return this.directory(user, res, {
        errors: [{ field: 'file', href: '#file', message: 'Select a GIAS CSV file' }],
      });
    try {
      const report = await must(
        this.api.for(user).POST('/las/{laCode}/schools/import', {
          params: { path: { laCode: user.organisationId } },
          body: file.buffer as never,
          bodySerializer: (body: unknown) => body as never,
          headers: { 'content-type': 'text/csv' },
        }),
      );
      return this.directory(user, res, { report: presentImport(report as unknown as ImportReport) });
    } catch (error) {
      if (error instanceof ApiError && error.status === 400)
        return this.directory(user, res, { errors: [{ field: 'file', href: '#file', message: error.problem.title }] });
      throw error;
    }
  }

  @Post('schools/:urn/copy-calendar')
  @ForRoles('la_officer')
  async copyCalendar(@CurrentUser() user: SessionUser, @Param('urn') urn: string, @Res() res: Response) {
    try {
      await must(this.api.for(user).POST('/schools/{urn}/calendar/copy-la-standard', { params: { path: { urn } } }));
    } catch (error) {
      if (error instanceof ApiError && error.problem.code === 'LA_CALENDAR_MISSING')
        return this.directory(user, res, { status: 422, errors: [LA_CALENDAR_MISSING] });
      throw error;
    }
    res.redirect(303, `/la/directory?copied=${encodeURIComponent(urn)}#schools`);
  }

  @Get('providers/:id')
  async provider(
    @CurrentUser() user: SessionUser,
    @Param('id') id: string,
    @Res() res: Response,
    @Query() query: Record<string, unknown> = {},
    extra: Record<string, unknown> = {},
  ) {
    const profile = await must(this.api.for(user).GET('/providers/{id}', { params: { path: { id } } }));
    res.status(extra['errors'] ? Number(extra['status'] ?? 400) : 200).render('la/la-provider.njk', {
      provider: presentProvider(profile as never),
      canWrite: user.role === 'la_officer',
      checkOptions: CHECKS.map(([value, text]) => ({ value, text })),
      keyStageOptions: KEY_STAGES.map((k) => ({ value: k, text: `Key stage ${k.slice(2)}` })),
      specialismOptions: COMMON_SPECIALISMS.map((s) => ({ value: s, text: s })),
      done: query['done'],
      values: {},
      formValues: { ...providerFormValues(profile as never), ...(extra['formValues'] as object | undefined) },
      ...extra,
    });
  }

  @Post('providers/:id/checks')
  @ForRoles('la_officer')
  async recordCheck(
    @CurrentUser() user: SessionUser,
    @Param('id') id: string,
    @Body() body: PostedBody,
    @Res() res: Response,
  ) {
    const errors = new FormErrors();
    const checkedOn = parseDate(body, 'checkedOn', errors, {
      missing: 'Enter the date of the check',
      label: 'the date of the check',
    });
    if (!CHECKS.some(([c]) => c === body['check'])) errors.add('check', 'Select the check', '#check');
    if (!['passed', 'failed'].includes(String(body['outcome'])))
      errors.add('outcome', 'Select whether it passed', '#outcome');
    if (errors.errors.length > 0) return this.provider(user, id, res, {}, { errors: errors.errors, values: body });
    await must(
      this.api.for(user).POST('/providers/{id}/checks', {
        params: { path: { id } },
        body: { check: String(body['check']), checkedOn: checkedOn!, outcome: String(body['outcome']) } as never,
      }),
    );
    res.redirect(303, `/la/directory/providers/${encodeURIComponent(id)}?done=check`);
  }

  @Post('providers/:id/offer')
  @ForRoles('la_officer')
  async describeOffer(
    @CurrentUser() user: SessionUser,
    @Param('id') id: string,
    @Body() body: PostedBody,
    @Res() res: Response,
  ) {
    const form = readOfferForm(body);
    if (!form.ok) return this.provider(user, id, res, {}, { errors: form.errors, formValues: typed(body) });
    return this.write(user, id, res, body, 'offer', (ifMatch) =>
      this.api.for(user).PUT('/providers/{id}/offer', {
        params: { path: { id } },
        headers: { 'if-match': ifMatch },
        body: form.value as never,
      }),
    );
  }

  @Post('providers/:id/places')
  @ForRoles('la_officer')
  async commissionPlaces(
    @CurrentUser() user: SessionUser,
    @Param('id') id: string,
    @Body() body: PostedBody,
    @Res() res: Response,
  ) {
    const form = readPlacesForm(body);
    if (!form.ok) return this.provider(user, id, res, {}, { errors: form.errors, formValues: typed(body) });
    return this.write(user, id, res, body, 'places', (ifMatch) =>
      this.api.for(user).PUT('/providers/{id}/places', {
        params: { path: { id } },
        headers: { 'if-match': ifMatch },
        body: form.value,
      }),
    );
  }

  /** A write with the version the page was read at: a stale page shows what changed instead of overwriting it. */
  private async write(
    user: SessionUser,
    id: string,
    res: Response,
    body: PostedBody,
    done: string,
    call: (ifMatch: string) => Promise<{ data?: unknown; error?: unknown; response: globalThis.Response }>,
  ) {
    const version = String(body['version'] ?? '');
    try {
      await must(call(/^\d+$/.test(version) ? `"${version}"` : '*'));
    } catch (error) {
      if (error instanceof ApiError && (error.status === 412 || error.status === 409))
        return this.provider(user, id, res, {}, { status: 409, errors: [STALE(done)] });
      const errors = apiFieldErrors(error, {}, 'The provider could not be updated');
      return this.provider(user, id, res, {}, { errors, formValues: typed(body) });
    }
    res.redirect(303, `/la/directory/providers/${encodeURIComponent(id)}?done=${done}`);
  }

  @Post('providers/:id/approve')
  @ForRoles('la_officer')
  async approve(
    @CurrentUser() user: SessionUser,
    @Param('id') id: string,
    @Body() body: PostedBody,
    @Res() res: Response,
  ) {
    const errors = new FormErrors();
    const approvedOn = parseDate(body, 'approvedOn', errors, {
      missing: 'Enter the date of approval',
      label: 'the date of approval',
    });
    if (errors.errors.length > 0) return this.provider(user, id, res, {}, { errors: errors.errors, values: body });
    // The page offers approval only once every check is recorded as passed; the API refuses it otherwise.
    const checks = { safeguarding: true, healthAndSafety: true, teachingAndLearning: true };
    await must(
      this.api.for(user).POST('/providers/{id}/approval', {
        params: { path: { id } },
        body: { approvedOn: approvedOn!, checks } as never,
      }),
    );
    res.redirect(303, `/la/directory/providers/${encodeURIComponent(id)}?done=approved`);
  }
}
