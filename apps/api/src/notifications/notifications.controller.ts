import { parseLimit } from '../http/query-values';
import { Body, Controller, Get, HttpCode, Inject, Param, Post, Put, Query, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { CommandBus } from '@nestjs/cqrs';
import type { Response } from 'express';
import { timingSafeEqual } from 'node:crypto';
import { allowsDevelopmentStandIns, ExecuteCommand } from '@ap/application';
import { loadConfig } from '@ap/config';
import { DATABASE, type DatabaseConnection } from '@ap/database';
import {
  devMailbox,
  markRead,
  notificationsFor,
  organisationOf,
  recordDeliveryReceipt,
  retryParked,
} from '@ap/notifications';
import { Public, Roles } from '../auth/auth.decorators';
import { ApiProblems } from '../http/api-problems.decorator';
import { forbidden, notFound } from '../http/not-found';
import { problem, ProblemException } from '../http/problem';
import { commandContext, etag, type ApiRequest } from '../http/request-context';
import { DeliveryReceiptDto, NotificationPreferenceDto } from './notifications.request.dto';
import {
  MailboxDto,
  NotificationListDto,
  NotificationPreferenceAnswerDto,
  NotificationReadDto,
  RetriedParkedDto,
} from './notifications.response.dto';

const AGGREGATE_OF_ROLE = {
  school: 'school',
  provider: 'provider',
  la_officer: 'lacalendar',
  la_auditor: 'lacalendar',
} as const;

@ApiTags('notifications')
@ApiBearerAuth()
@ApiProblems(400, 401, 403, 404)
@Controller()
export class NotificationsController {
  constructor(
    private readonly commands: CommandBus,
    @Inject(DATABASE) private readonly db: DatabaseConnection,
  ) {}

  @Get('notifications')
  @ApiOperation({
    summary: "The caller's notifications, newest first, each naming its record (kind and id), with the unread count",
  })
  @ApiOkResponse({ type: NotificationListDto })
  @ApiQuery({ name: 'unread', required: false, enum: ['true', 'false'] })
  @ApiQuery({ name: 'limit', required: false, type: Number })
  async list(@Req() r: ApiRequest, @Query('unread') unread?: string, @Query('limit') limit?: string) {
    const organisation = organisationOf(r.actor);
    if (!organisation) return { unread: 0, notifications: [] };
    const take = parseLimit(limit, 'limit', 50, 200);
    return notificationsFor(this.db.pool, organisation, r.actor.id, { limit: take, unreadOnly: unread === 'true' });
  }

  @Post('notifications/:id/read')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Mark one of your notifications as read (for you; others in your organisation keep theirs)',
  })
  @ApiOkResponse({ type: NotificationReadDto })
  async read(@Req() r: ApiRequest, @Param('id') id: string) {
    const organisation = organisationOf(r.actor);
    if (!organisation || !(await markRead(this.db.pool, organisation, r.actor.id, id))) throw notFound('notification');
    return { id, read: true };
  }

  @Put('me/notification-preference')
  @Roles('school', 'provider', 'la_officer', 'la_auditor')
  @ApiOperation({ summary: 'Choose immediate emails or a morning digest on school days (for your own contact entry)' })
  @ApiOkResponse({ type: NotificationPreferenceAnswerDto })
  async preference(
    @Req() r: ApiRequest,
    @Body() b: NotificationPreferenceDto,
    @Res({ passthrough: true }) res: Response,
  ) {
    const aggregate = AGGREGATE_OF_ROLE[r.actor.role as keyof typeof AGGREGATE_OF_ROLE];
    const result = await this.commands.execute(
      new ExecuteCommand(
        aggregate,
        r.actor.organisationId,
        'SetNotificationPreference',
        { userId: r.actor.id, delivery: b.delivery },
        commandContext(r),
      ),
    );
    res.setHeader('ETag', etag(result.version));
    return { userId: r.actor.id, delivery: b.delivery, version: result.version };
  }

  @Get('dev/mailbox')
  @ApiOperation({ summary: 'Development only: the emails the mailbox channel would have sent, newest first' })
  @ApiOkResponse({ type: MailboxDto })
  @ApiQuery({ name: 'limit', required: false, type: Number })
  async mailbox(@Query('limit') limit?: string) {
    if (!allowsDevelopmentStandIns(loadConfig())) throw notFound('mailbox');
    return { messages: await devMailbox(this.db.pool, parseLimit(limit, 'limit', 50, 500)) };
  }

  @Post('notifications/notify-callback')
  @Public()
  @HttpCode(204)
  @ApiOperation({
    summary:
      "GOV.UK Notify's delivery receipts (bounces), authenticated with the bearer token set in Notify (NOTIFY_CALLBACK_TOKEN)",
  })
  async callback(@Req() r: ApiRequest, @Body() b: DeliveryReceiptDto): Promise<void> {
    const expected = loadConfig().NOTIFY_CALLBACK_TOKEN;
    const given = /^Bearer (.+)$/.exec(r.header('authorization') ?? '')?.[1] ?? '';
    if (!expected || given.length !== expected.length || !timingSafeEqual(Buffer.from(given), Buffer.from(expected)))
      throw new ProblemException(
        problem(401, 'CALLBACK_TOKEN_INVALID', 'The callback bearer token is missing or wrong'),
      );
    await recordDeliveryReceipt(this.db.pool, {
      id: b.id,
      reference: b.reference,
      status: b.status,
      completedAt: b.completed_at,
    });
  }

  @Post('admin/notifications/retry-parked')
  @Roles('admin')
  @HttpCode(200)
  @ApiOperation({ summary: 'Send parked notifications again (after the channel is mended)' })
  @ApiOkResponse({ type: RetriedParkedDto })
  async retry(@Req() r: ApiRequest) {
    if (r.actor.role !== 'admin') throw forbidden('ADMIN_ONLY', 'Only an admin may do this');
    return { retried: await retryParked(this.db.pool) };
  }
}
