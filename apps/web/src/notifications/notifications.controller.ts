import { Controller, Get, Param, Post, Res } from '@nestjs/common';
import type { Response } from 'express';
import { must } from '../api/api-client';
import { UserApi } from '../api/user-api';
import { CurrentUser, ForRoles } from '../auth/auth.decorators';
import type { SessionUser } from '../auth/session-user';
import { presentNotifications } from './notifications.presenter';

@Controller()
export class NotificationsController {
  constructor(private readonly api: UserApi) {}

  @Get('notifications')
  @ForRoles('school', 'provider', 'la_officer', 'la_auditor')
  async list(@CurrentUser() user: SessionUser, @Res() res: Response) {
    const answer = await must(this.api.for(user).GET('/notifications', { params: { query: { limit: 100 } } }));
    res.render('notifications/notifications.njk', {
      notifications: presentNotifications(answer.notifications, answer.unread, user.role),
    });
  }

  @Post('notifications/:id/read')
  @ForRoles('school', 'provider', 'la_officer', 'la_auditor')
  async read(@CurrentUser() user: SessionUser, @Param('id') id: string, @Res() res: Response) {
    await must(this.api.for(user).POST('/notifications/{id}/read', { params: { path: { id } } }));
    res.redirect(303, '/notifications');
  }

  /** Development only (the API answers 404 in production): what would have been emailed. */
  @Get('mailbox')
  async mailbox(@CurrentUser() user: SessionUser, @Res() res: Response) {
    const answer = await must(this.api.for(user).GET('/dev/mailbox', { params: { query: { limit: 100 } } }));
    res.render('notifications/mailbox.njk', { messages: answer.messages });
  }
}
