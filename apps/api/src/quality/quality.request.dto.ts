import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsNotEmpty,
  IsOptional,
  IsString,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { QUALITY_AREA_CODES, type QualityArea, type QualityRating } from '@ap/domain';
import { IsIsoDate } from '../http/domain-validators';

const AREAS = QUALITY_AREA_CODES as unknown as string[];

export class AreaSelfAssessmentDto {
  @ApiProperty({ enum: AREAS }) @IsIn(AREAS) area!: QualityArea;
  @ApiProperty({ enum: [1, 2, 3, 4], description: '1 not yet in place, 2 developing, 3 established, 4 strong' })
  @IsIn([1, 2, 3, 4])
  rating!: QualityRating;
  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(4000) evidence!: string;
}

export class SelfAssessmentDto {
  @ApiProperty() @IsIsoDate() submittedOn!: string;
  @ApiProperty({ type: [AreaSelfAssessmentDto], description: 'All 13 IntegratED areas' })
  @IsArray()
  @ArrayMaxSize(13)
  @ValidateNested({ each: true })
  @Type(() => AreaSelfAssessmentDto)
  areas!: AreaSelfAssessmentDto[];
}

export class AreaAgreementDto {
  @ApiProperty({ enum: AREAS }) @IsIn(AREAS) area!: QualityArea;
  @ApiProperty({ enum: [1, 2, 3, 4] }) @IsIn([1, 2, 3, 4]) rating!: QualityRating;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(4000) note?: string;
}

export class QualityActionDto {
  @ApiProperty({ enum: AREAS }) @IsIn(AREAS) area!: QualityArea;
  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(2000) description!: string;
  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(200) owner!: string;
  @ApiProperty() @IsIsoDate() dueDate!: string;
}

export class ModerationDto {
  @ApiProperty() @IsIsoDate() moderatedOn!: string;
  @ApiProperty({ type: [AreaAgreementDto], description: 'The agreed rating for each of the 13 areas' })
  @IsArray()
  @ArrayMaxSize(13)
  @ValidateNested({ each: true })
  @Type(() => AreaAgreementDto)
  agreed!: AreaAgreementDto[];
  @ApiProperty({ type: [QualityActionDto] })
  @IsArray()
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  @Type(() => QualityActionDto)
  actions!: QualityActionDto[];
}
