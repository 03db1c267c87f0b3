import { Controller, Get, Res } from '@nestjs/common';
import type { Response } from 'express';
import { must } from '../api/api-client';
import { UserApi } from '../api/user-api';
import { CurrentUser, ForRoles } from '../auth/auth.decorators';
import type { SessionUser } from '../auth/session-user';
import { presentSchoolHome } from './school-home.presenter';
import { referralGroupTable } from './school-home.view';

@Controller('school')
@ForRoles('school', 'la_officer', 'la_auditor')
export class DashboardController {
  constructor(private readonly api: UserApi) {}

  @Get()
  async home(@CurrentUser() user: SessionUser, @Res() res: Response) {
    const list = await must(this.api.for(user).GET('/referrals', { params: { query: { limit: 200 } } }));
    const home = presentSchoolHome(list.items);
    res.render('dashboard/school-home.njk', { home, tables: home.groups.map(referralGroupTable) });
  }
}
