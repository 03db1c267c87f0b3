import { Controller, Get, Res } from '@nestjs/common';
import type { Response } from 'express';
import { must } from '../api/api-client';
import { UserApi } from '../api/user-api';
import { CurrentUser, ForRoles } from '../auth/auth.decorators';
import type { SessionUser } from '../auth/session-user';
import { presentMyPlacements } from './my-placements.presenter';
import { myPlacementsTable } from './my-placements.view';

/** The provider's own placements: its current pupils, each linked to the placement's page. */
@Controller('placements')
@ForRoles('provider')
export class MyPlacementsController {
  constructor(private readonly api: UserApi) {}

  @Get()
  async list(@CurrentUser() user: SessionUser, @Res() res: Response) {
    const answer = await must(this.api.for(user).GET('/providers/me/placements'));
    const list = presentMyPlacements(answer.items, answer.today);
    res.render('placements/my-placements.njk', { list, table: myPlacementsTable(list) });
  }
}
