import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsNotEmpty,
  IsOptional,
  IsString,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { CAFE_REASONS, type CafeReason } from '@ap/domain';
import { IsIsoDate, IsUpn } from '../http/domain-validators';

export class CafeActionDto {
  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(2000) description!: string;
  @ApiProperty({ description: 'Who will do it (a person or organisation)' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  owner!: string;
  @ApiProperty() @IsIsoDate() dueDate!: string;
}

export class CafeReviewDto {
  @ApiProperty({ example: 'B801200005001' }) @IsUpn() upn!: string;
  @ApiProperty() @IsIsoDate() heldOn!: string;
  @ApiProperty({ type: [String] })
  @ArrayMinSize(1)
  @ArrayMaxSize(30)
  @IsString({ each: true })
  @MaxLength(200, { each: true })
  attendees!: string[];
  @ApiProperty({ enum: Object.keys(CAFE_REASONS), isArray: true, description: 'Why the pupil was on the worklist' })
  @IsArray()
  @ArrayMaxSize(4)
  @IsIn(Object.keys(CAFE_REASONS), { each: true })
  reasons!: CafeReason[];
  @ApiProperty({ type: [String] })
  @IsArray()
  @ArrayMaxSize(30)
  @IsString({ each: true })
  @MaxLength(2000, { each: true })
  recommendations!: string[];
  @ApiProperty({ type: [CafeActionDto] })
  @IsArray()
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  @Type(() => CafeActionDto)
  actions!: CafeActionDto[];
}

export class CompleteCafeActionDto {
  @ApiProperty() @IsIsoDate() completedOn!: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(2000) note?: string;
}
