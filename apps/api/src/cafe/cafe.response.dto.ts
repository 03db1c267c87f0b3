import { ApiProperty } from '@nestjs/swagger';
import { CAFE_REASONS } from '@ap/domain';

export class CafeWorklistEntryDto {
  @ApiProperty() upn!: string;
  @ApiProperty({ enum: Object.keys(CAFE_REASONS), isArray: true }) reasons!: string[];
  @ApiProperty({
    type: 'array',
    items: { type: 'object', additionalProperties: true },
    description:
      'One per reason: `reason` and the facts behind it (school and day 6, placement and hours, referral), named (schoolName, providerName, commissionerName)',
  })
  facts!: Record<string, unknown>[];
  @ApiProperty({ type: String, format: 'date', nullable: true }) lastReviewedOn!: string | null;
  @ApiProperty({ description: 'Panel actions not yet done' }) openActions!: number;
}

/** GET /la/cafe/worklist: never reviewed first, then the longest since a review. */
export class CafeWorklistDto {
  @ApiProperty() laCode!: string;
  @ApiProperty({ format: 'date', description: "Today on the engine's clock" }) today!: string;
  @ApiProperty({ type: [CafeWorklistEntryDto] }) pupils!: CafeWorklistEntryDto[];
}

export class CafeActionViewDto {
  @ApiProperty() actionId!: string;
  @ApiProperty() description!: string;
  @ApiProperty() owner!: string;
  @ApiProperty({ format: 'date' }) dueDate!: string;
  @ApiProperty({ type: String, format: 'date', nullable: true }) completedOn!: string | null;
  @ApiProperty() overdue!: boolean;
}

export class CafeReviewViewDto {
  @ApiProperty() reviewId!: string;
  @ApiProperty() upn!: string;
  @ApiProperty({ format: 'date' }) heldOn!: string;
  @ApiProperty({ type: [String] }) attendees!: string[];
  @ApiProperty({ enum: Object.keys(CAFE_REASONS), isArray: true }) reasons!: string[];
  @ApiProperty({ type: [String] }) recommendations!: string[];
  @ApiProperty({ type: [CafeActionViewDto], description: 'By due date' }) actions!: CafeActionViewDto[];
}

/** GET /la/cafe/reviews: newest first. */
export class CafeReviewsDto {
  @ApiProperty({ type: [CafeReviewViewDto] }) reviews!: CafeReviewViewDto[];
}

/** POST /la/cafe/reviews */
export class RecordedCafeReviewDto {
  @ApiProperty() reviewId!: string;
  @ApiProperty({ type: [String], description: 'The actions’ ids, in the order given' }) actionIds!: string[];
  @ApiProperty({ description: 'The new stream version (also the ETag)' }) version!: number;
}
