import { ApiProperty } from '@nestjs/swagger';
import { DELIVERIES, type Delivery } from '@ap/domain';

export class NotificationRecordDto {
  @ApiProperty({ enum: ['pupil', 'referral', 'placement'] }) kind!: string;
  @ApiProperty({ description: 'UPN, referral id or placement id' }) id!: string;
}

/** Who and what it is about, for the signed-in user to act on (emails carry none of this). */
export class NotificationAboutDto {
  @ApiProperty({ type: String, nullable: true, description: "The pupil's UPN" }) upn!: string | null;
  @ApiProperty({
    type: String,
    nullable: true,
    description: "The pupil's name as a referral your organisation may see records it; null when none does",
  })
  pupilName!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'The excluding or commissioning school' })
  schoolUrn!: string | null;
  @ApiProperty({ type: String, nullable: true }) schoolName!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'The exclusion of a day-6 or looked-after notice' })
  exclusionId!: string | null;
  @ApiProperty({ type: String, nullable: true }) referralId!: string | null;
  @ApiProperty({ type: String, nullable: true }) placementId!: string | null;
}

export class NotificationItemDto {
  @ApiProperty() id!: string;
  @ApiProperty({ example: 'day6_reminder' }) kind!: string;
  @ApiProperty({ example: 'Full-time education did not start by the sixth school day of an exclusion' }) title!: string;
  @ApiProperty({ type: String, nullable: true, example: '2025-11-06' }) dueBy!: string | null;
  @ApiProperty({ type: NotificationRecordDto }) record!: NotificationRecordDto;
  @ApiProperty({ type: NotificationAboutDto }) about!: NotificationAboutDto;
  @ApiProperty({
    description:
      'It no longer needs anyone (the provider answered the referral, the information request was closed, the day-6 duty of a reminder is no longer open); not counted as unread',
  })
  resolved!: boolean;
  @ApiProperty() createdAt!: string;
  @ApiProperty() read!: boolean;
}

export class NotificationListDto {
  @ApiProperty({ description: 'Notifications of your organisation you have not read and that still ask for something' })
  unread!: number;
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
