import { Controller, Get, Res } from '@nestjs/common';
import type { Response } from 'express';
import { must } from '../api/api-client';
import { UserApi } from '../api/user-api';
import { CurrentUser, ForRoles } from '../auth/auth.decorators';
import type { SessionUser } from '../auth/session-user';
import { presentSufficiency } from './la-sufficiency.presenter';

/** Sufficiency: places against demand, a read-only page. */
@Controller('la')
@ForRoles('la_officer', 'la_auditor')
export class LaServiceController {
  constructor(private readonly api: UserApi) {}

  @Get('sufficiency')
  async sufficiency(@CurrentUser() user: SessionUser, @Res() res: Response) {
    const answer = await must(this.api.for(user).GET('/la/sufficiency'));
    res.render('la/la-sufficiency.njk', { view: presentSufficiency(answer) });
  }
}
