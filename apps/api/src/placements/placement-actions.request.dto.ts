import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMinSize,
  IsBoolean,
  IsIn,
  IsNotEmpty,
  IsNumber,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import {
  BASELINE_AREAS,
  DESTINATION_KINDS,
  INDUCTION_ATTENDEES,
  PLACEMENT_END_REASONS,
  POST16_DESTINATIONS,
  type BaselineArea,
  type DestinationKind,
  type InductionAttendee,
  type PlacementEndReason,
  type Post16Destination,
} from '@ap/domain';
import { IsIsoDate } from '../http/domain-validators';
import { PartTimeTermsDto } from '../referrals/referral-actions.request.dto';
import { ReintegrationProgressDto } from './placement-plan.request.dto';

const TEXT = 4000;

export class StartPlacementDto {
  @ApiProperty() @IsIsoDate() startedOn!: string;
}

export class PlacementReviewDto extends ReintegrationProgressDto {
  @ApiProperty() @IsIsoDate() heldOn!: string;
  @ApiProperty() @IsNumber() @Min(0) @Max(100) attendancePercent!: number;
  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(TEXT) progress!: string;
  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(TEXT) pupilView!: string;
  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(TEXT) parentView!: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(200) englishAttainment?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(200) mathsAttainment?: string;
  @ApiProperty() @IsIsoDate() nextReviewDate!: string;
}

export class ChangeHoursDto {
  @ApiProperty() @IsIsoDate() effectiveFrom!: string;
  @ApiProperty() @IsNumber() @Min(0.5) @Max(40) hoursPerWeek!: number;
  @ApiPropertyOptional({ type: PartTimeTermsDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => PartTimeTermsDto)
  partTime?: PartTimeTermsDto;
}

export class EndPlacementDto {
  @ApiProperty() @IsIsoDate() endedOn!: string;
  @ApiProperty({ enum: Object.keys(PLACEMENT_END_REASONS) })
  @IsIn(Object.keys(PLACEMENT_END_REASONS))
  reason!: PlacementEndReason;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(TEXT) note?: string;
}

export class InductionMeetingDto {
  @ApiProperty() @IsIsoDate() heldOn!: string;
  @ApiProperty({ enum: INDUCTION_ATTENDEES, isArray: true })
  @ArrayMinSize(1)
  @IsIn(INDUCTION_ATTENDEES as unknown as string[], { each: true })
  attendees!: InductionAttendee[];
}

export class BaselineDto {
  @ApiProperty({ enum: BASELINE_AREAS }) @IsIn(BASELINE_AREAS as unknown as string[]) area!: BaselineArea;
  @ApiProperty() @IsIsoDate() assessedOn!: string;
  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(TEXT) result!: string;
}

export class NeedsDto {
  @ApiProperty({ type: [String] })
  @ArrayMinSize(1)
  @IsString({ each: true })
  @MaxLength(TEXT, { each: true })
  needs!: string[];
}

export class VoiceDto {
  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(TEXT) pupilVoice!: string;
  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(TEXT) familyVoice!: string;
}

export class InductionPlanDto {
  @ApiProperty() @IsIsoDate() agreedOn!: string;
  @ApiProperty({ type: [String] })
  @ArrayMinSize(1)
  @IsString({ each: true })
  @MaxLength(TEXT, { each: true })
  targets!: string[];
}

export class DestinationDto {
  @ApiProperty({ enum: Object.keys(DESTINATION_KINDS) }) @IsIn(Object.keys(DESTINATION_KINDS)) kind!: DestinationKind;
  @ApiPropertyOptional({ description: 'URN or provider id of the destination setting' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  organisationId?: string;
  @ApiPropertyOptional({ enum: Object.keys(POST16_DESTINATIONS) })
  @IsOptional()
  @IsIn(Object.keys(POST16_DESTINATIONS))
  post16?: Post16Destination;
}

export class PlanTransitionDto {
  @ApiProperty({ type: DestinationDto }) @ValidateNested() @Type(() => DestinationDto) destination!: DestinationDto;
  @ApiProperty() @IsIsoDate() plannedDate!: string;
}

export class TransitionMeetingDto {
  @ApiProperty() @IsIsoDate() heldOn!: string;
  @ApiProperty({ type: [String] })
  @ArrayMinSize(1)
  @IsString({ each: true })
  @MaxLength(100, { each: true })
  attendees!: string[];
}

export class ConfirmDestinationDto {
  @ApiProperty() @IsIsoDate() startsOn!: string;
}

export class FollowUpDto {
  @ApiProperty() @IsIsoDate() checkedOn!: string;
  @ApiProperty() @IsBoolean() sustained!: boolean;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(TEXT) note?: string;
}

export class Post16Dto {
  @ApiProperty({ enum: Object.keys(POST16_DESTINATIONS) })
  @IsIn(Object.keys(POST16_DESTINATIONS))
  destination!: Post16Destination;
  @ApiProperty() @IsIsoDate() recordedOn!: string;
}
