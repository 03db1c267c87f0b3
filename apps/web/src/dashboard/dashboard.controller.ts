import { Controller, Get, Res } from '@nestjs/common';
import type { Response } from 'express';
import { must } from '../api/api-client';
import { UserApi } from '../api/user-api';
import { CurrentUser, ForRoles } from '../auth/auth.decorators';
import type { SessionUser } from '../auth/session-user';
import { presentSchoolHome } from './school-home.presenter';
import { presentSchoolDay6 } from './school-day6.presenter';
import { presentSchoolExclusions } from './school-exclusions.presenter';
import { day6Table, recentExclusionsTable, referralGroupTable } from './school-home.view';

@Controller('school')
@ForRoles('school', 'la_officer', 'la_auditor')
export class DashboardController {
  constructor(private readonly api: UserApi) {}

  @Get()
  async home(@CurrentUser() user: SessionUser, @Res() res: Response) {
    const api = this.api.for(user);
    const isSchool = user.role === 'school';
    const [list, clocks, recent] = await Promise.all([
      must(api.GET('/referrals', { params: { query: { limit: 200 } } })),
      // The day-6 clocks and the exclusions are the school's own; an LA user looking at this page has none.
      isSchool ? must(api.GET('/schools/me/day6')) : Promise.resolve({ items: [], today: '' }),
      isSchool ? must(api.GET('/schools/me/exclusions')) : Promise.resolve({ items: [], today: '' }),
    ]);
    const home = presentSchoolHome(list.items);
    const day6 = presentSchoolDay6(clocks.items, user.organisationName, clocks.today);
    const exclusions = presentSchoolExclusions(recent.items, recent.today);
    res.render('dashboard/school-home.njk', {
      home,
      day6: day6.length ? day6Table(day6) : undefined,
      exclusions: exclusions.length ? recentExclusionsTable(exclusions) : undefined,
      tables: home.groups.map(referralGroupTable),
    });
  }
}
