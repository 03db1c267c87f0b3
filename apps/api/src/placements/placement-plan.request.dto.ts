import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsBoolean,
  IsIn,
  IsNotEmpty,
  IsOptional,
  IsString,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import type { PlacementTier } from '@ap/domain';
import { IsIsoDate } from '../http/domain-validators';

/** Tier and planned end, given when the provider accepts a referral (REFERENCE §1.9 three tiers). */
export class PlacementPlanDto {
  @ApiPropertyOptional({ enum: [1, 2, 3], description: 'Default: 2 for a pupil who stays on the school roll, else 3' })
  @IsOptional()
  @IsIn([1, 2, 3])
  tier?: PlacementTier;
  @ApiPropertyOptional({ description: 'Default: the start plus the referral’s intended weeks; required for tier 2' })
  @IsOptional()
  @IsIsoDate()
  plannedEndDate?: string;
}

export class ExtendPlacementDto {
  @ApiProperty() @IsIsoDate() plannedEndDate!: string;
  @ApiProperty({ description: 'Why the placement runs on' }) @IsString() @IsNotEmpty() @MaxLength(4000) reason!: string;
}

export class ReintegrationCriteriaDto {
  @ApiProperty({ type: [String], example: ['Attends 90% for four weeks'] })
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  @MaxLength(500, { each: true })
  criteria!: string[];
  @ApiProperty() @IsIsoDate() agreedOn!: string;
  @ApiProperty({ type: [String], example: ['pupil', 'parent', 'home school'] })
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(200, { each: true })
  agreedWith!: string[];
}

export class CriterionProgressDto {
  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(500) criterion!: string;
  @ApiProperty() @IsBoolean() met!: boolean;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(4000) note?: string;
}

export class ReintegrationProgressDto {
  @ApiPropertyOptional({ type: [CriterionProgressDto], description: 'Tier 2: each agreed reintegration criterion' })
  @IsOptional()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => CriterionProgressDto)
  reintegrationProgress?: CriterionProgressDto[];
}
