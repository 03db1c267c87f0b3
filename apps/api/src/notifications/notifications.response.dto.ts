import { ApiProperty } from '@nestjs/swagger';
import { DELIVERIES, type Delivery } from '@ap/domain';

export class NotificationRecordDto {
  @ApiProperty({ enum: ['pupil', 'referral', 'placement'] }) kind!: string;
  @ApiProperty({ description: 'UPN, referral id or placement id' }) id!: string;
}

export class NotificationItemDto {
  @ApiProperty() id!: string;
  @ApiProperty({ example: 'day6_reminder' }) kind!: string;
  @ApiProperty({ example: 'Full-time education did not start by the sixth school day of an exclusion' }) title!: string;
  @ApiProperty({ type: String, nullable: true, example: '2025-11-06' }) dueBy!: string | null;
  @ApiProperty({ type: NotificationRecordDto }) record!: NotificationRecordDto;
  @ApiProperty() createdAt!: string;
  @ApiProperty() read!: boolean;
}

export class NotificationListDto {
  @ApiProperty({ description: 'Notifications of your organisation you have not read' }) unread!: number;
  @ApiProperty({ type: [NotificationItemDto] }) notifications!: NotificationItemDto[];
}

export class MailboxMessageDto {
  @ApiProperty({ description: 'The reference and Message-ID' }) id!: string;
  @ApiProperty() to!: string;
  @ApiProperty() subject!: string;
  @ApiProperty() body!: string;
  @ApiProperty() sentAt!: string;
}

export class MailboxDto {
  @ApiProperty({ type: [MailboxMessageDto] }) messages!: MailboxMessageDto[];
}

/** POST /notifications/{id}/read */
export class NotificationReadDto {
  @ApiProperty() id!: string;
  @ApiProperty({ enum: [true] }) read!: true;
}

/** PUT /me/notification-preference */
export class NotificationPreferenceAnswerDto {
  @ApiProperty() userId!: string;
  @ApiProperty({ enum: DELIVERIES }) delivery!: Delivery;
  @ApiProperty({ description: "The new version of your organisation's stream (also the ETag)" }) version!: number;
}

/** POST /admin/notifications/retry-parked */
export class RetriedParkedDto {
  @ApiProperty({ description: 'How many parked notifications were queued again' }) retried!: number;
}
