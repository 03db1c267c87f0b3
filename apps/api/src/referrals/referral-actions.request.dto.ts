import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsNotEmpty,
  IsNumber,
  IsObject,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { PART_TIME_REASONS, SECTION_NAMES, type PartTimeReason, type SectionName } from '@ap/domain';
import { IsIsoDate } from '../http/domain-validators';
import { PlacementPlanDto } from '../placements/placement-plan.request.dto';

export class ProviderChoiceDto {
  @ApiProperty({ example: 'prov-bridges' }) @IsString() @IsNotEmpty() @MaxLength(100) providerId!: string;
}

export class ReasonDto {
  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(2000) reason!: string;
}

export class RequestInformationDto {
  @ApiProperty({ type: [String], description: 'The items needed, e.g. "sen.ehcpCaseworker" or "medical"' })
  @ArrayMinSize(1)
  @IsString({ each: true })
  @MaxLength(200, { each: true })
  items!: string[];

  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(2000) note?: string;
}

export class SectionUpdateDto {
  @ApiProperty({ enum: SECTION_NAMES }) @IsIn(SECTION_NAMES as string[]) section!: SectionName;
  @ApiProperty({ type: Object, description: 'The section content, as for PUT /referrals/{id}/sections/{section}' })
  @IsObject()
  content!: Record<string, unknown>;
}

export class ProvideInformationDto {
  @ApiProperty({ type: [SectionUpdateDto] })
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => SectionUpdateDto)
  sections!: SectionUpdateDto[];
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(2000) note?: string;
}

export class PartTimeTermsDto {
  @ApiProperty({ enum: Object.keys(PART_TIME_REASONS) }) @IsIn(Object.keys(PART_TIME_REASONS)) reason!: PartTimeReason;
  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(2000) detail!: string;
  @ApiProperty() @IsBoolean() parentalAgreement!: boolean;
  @ApiProperty() @IsIsoDate() reviewDate!: string;
  @ApiProperty() @IsIsoDate() endDate!: string;
}

export class AcceptReferralDto extends PlacementPlanDto {
  @ApiProperty({ example: '2025-11-10' }) @IsIsoDate() startDate!: string;
  @ApiProperty({ example: 25 }) @IsNumber() @Min(0.5) @Max(40) hoursPerWeek!: number;
  @ApiPropertyOptional({
    type: PartTimeTermsDto,
    description: 'Required when the hours are below the full-time benchmark for the year group',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => PartTimeTermsDto)
  partTime?: PartTimeTermsDto;
}
