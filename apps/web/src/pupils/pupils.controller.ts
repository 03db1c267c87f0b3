import { Controller, Get, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { must } from '../api/api-client';
import { UserApi } from '../api/user-api';
import { CurrentUser } from '../auth/auth.decorators';
import type { SessionUser } from '../auth/session-user';
import { presentPupilSearch } from './pupil-search.presenter';

/** Find a pupil by name or UPN, among the pupils the user may see (the API scopes the search). */
@Controller('pupils')
export class PupilSearchController {
  constructor(private readonly api: UserApi) {}

  @Get()
  async search(@CurrentUser() user: SessionUser, @Query('q') q: string | undefined, @Res() res: Response) {
    const query = (q ?? '').trim();
    if (query.length < 2)
      return res.render('pupils/search.njk', { page: presentPupilSearch('', []), tooShort: query.length === 1 });
    const found = await must(this.api.for(user).GET('/pupils', { params: { query: { search: query.slice(0, 100) } } }));
    res.render('pupils/search.njk', { page: presentPupilSearch(query, found.items) });
  }
}
