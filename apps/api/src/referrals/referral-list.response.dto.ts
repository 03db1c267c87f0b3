import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

const STATUSES = ['draft', 'submitted', 'information_requested', 'accepted', 'declined', 'withdrawn'];

/** One referral as the lists show it: the pupil, the school and provider by name, and the dates that matter. */
export class ReferralListItemDto {
  @ApiProperty() referralId!: string;
  @ApiProperty({ enum: STATUSES }) status!: string;
  @ApiProperty({ description: 'Why the pupil is referred (a referral reason code)' }) reason!: string;
  @ApiProperty({ description: 'The school URN or LA code that commissioned it' }) commissionerId!: string;
  @ApiProperty({ type: String, nullable: true, description: 'The school (or LA) by name' }) commissionerName!:
    string | null;
  @ApiProperty() commissionerLa!: string;
  @ApiProperty({ type: String, nullable: true }) providerId!: string | null;
  @ApiProperty({ type: String, nullable: true }) providerName!: string | null;
  @ApiProperty({ type: String, nullable: true }) upn!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'From the identity section, once completed' })
  pupilName!: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'date' }) dateOfBirth!: string | null;
  @ApiProperty({ type: String, nullable: true, example: '9', description: 'Year group: R or 1 to 14' })
  yearGroup!: string | null;
  @ApiProperty({ type: String, nullable: true }) openRequestId!: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'date', description: "The provider's respond-by date" })
  respondBy!: string | null;
  @ApiProperty({
    type: String,
    nullable: true,
    format: 'date',
    description: 'When the open information request is due',
  })
  informationDueBy!: string | null;
  @ApiProperty({ format: 'date-time' }) openedAt!: string;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) submittedAt!: string | null;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
  @ApiProperty() version!: number;
}

export class ReferralListDto {
  @ApiProperty({ type: [ReferralListItemDto] }) items!: ReferralListItemDto[];
  @ApiProperty({ type: String, nullable: true, description: 'Pass as cursor for the next page; null on the last' })
  nextCursor!: string | null;
}

export class InboxDto {
  @ApiProperty({ type: [ReferralListItemDto], description: 'Most urgent first: the earliest respond-by date' })
  items!: ReferralListItemDto[];
  @ApiProperty({ format: 'date', description: "The engine's date today, for counting overdue items" }) today!: string;
}

export class PupilMatchDto {
  @ApiProperty({ type: String, nullable: true }) upn!: string | null;
  @ApiProperty() pupilName!: string;
  @ApiProperty({ type: String, nullable: true, format: 'date' }) dateOfBirth!: string | null;
  @ApiProperty({ type: String, nullable: true }) yearGroup!: string | null;
  @ApiProperty({ description: 'The latest referral for this pupil the caller may see' }) referralId!: string;
  @ApiProperty({ enum: STATUSES }) status!: string;
  @ApiPropertyOptional({ type: String, nullable: true }) commissionerName?: string | null;
}

export class PupilSearchDto {
  @ApiProperty({ type: [PupilMatchDto], description: 'Best match first' }) items!: PupilMatchDto[];
}
