import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Max,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import {
  EXCLUSION_REASON_CODES,
  EXCLUSION_TYPES,
  REFERRAL_REASONS,
  type ExclusionReasonCode,
  type ExclusionType,
  type ReferralReason,
} from '@ap/domain';
import { IsIsoDate, IsUpn } from '../http/domain-validators';

export class ExclusionDetailsDto {
  @ApiProperty({ enum: Object.keys(EXCLUSION_TYPES) })
  @IsIn(Object.keys(EXCLUSION_TYPES))
  exclusionType!: ExclusionType;

  @ApiProperty({ example: '2025-11-03' })
  @IsIsoDate()
  firstDay!: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 45 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(45)
  lengthSchoolDays?: number;

  @ApiProperty({ enum: Object.keys(EXCLUSION_REASON_CODES), isArray: true })
  @ArrayMinSize(1)
  @ArrayMaxSize(3)
  @IsIn(Object.keys(EXCLUSION_REASON_CODES), { each: true })
  reasons!: ExclusionReasonCode[];

  @ApiPropertyOptional({ description: 'The exclusion recorded through POST /pupils/{upn}/exclusions, if any' })
  @IsOptional()
  @IsString()
  exclusionId?: string;
}

export class OpenReferralRequestDto {
  @ApiProperty({ enum: Object.keys(REFERRAL_REASONS) })
  @IsIn(Object.keys(REFERRAL_REASONS))
  reason!: ReferralReason;

  @ApiPropertyOptional({ example: 'B801200005001', description: 'Leave out when not known (null is refused)' })
  // Issue 18: @IsOptional lets null through, and null answered 500; only an absent UPN is "not known".
  @ValidateIf((o: OpenReferralRequestDto) => o.upn !== undefined)
  @IsUpn()
  upn?: string;

  @ApiPropertyOptional({ type: ExclusionDetailsDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => ExclusionDetailsDto)
  exclusion?: ExclusionDetailsDto;
}
