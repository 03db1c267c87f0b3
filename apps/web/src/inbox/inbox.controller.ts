import { Controller, Get, Res } from '@nestjs/common';
import type { Response } from 'express';
import { must } from '../api/api-client';
import { UserApi } from '../api/user-api';
import { CurrentUser, ForRoles } from '../auth/auth.decorators';
import type { SessionUser } from '../auth/session-user';
import { presentInbox } from './inbox.presenter';
import { inboxTable } from './inbox.view';

@Controller('inbox')
@ForRoles('provider')
export class InboxController {
  constructor(private readonly api: UserApi) {}

  @Get()
  async inbox(@CurrentUser() user: SessionUser, @Res() res: Response) {
    const answer = await must(this.api.for(user).GET('/providers/me/inbox'));
    const inbox = presentInbox(answer.items, answer.today);
    res.render('inbox/inbox.njk', { inbox, table: inboxTable(inbox) });
  }
}
