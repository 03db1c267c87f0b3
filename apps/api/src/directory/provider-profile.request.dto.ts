import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsEmail,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsNumber,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { APPROVAL_CHECK_NAMES, KEY_STAGES } from '@ap/domain';
import { IsIsoDate } from '../http/domain-validators';

export class ProviderCheckDto {
  @ApiProperty({ enum: APPROVAL_CHECK_NAMES }) @IsIn(APPROVAL_CHECK_NAMES as unknown as string[]) check!: string;
  @ApiProperty({ example: '2025-10-01' }) @IsIsoDate() checkedOn!: string;
  @ApiProperty({ enum: ['passed', 'failed'] }) @IsIn(['passed', 'failed']) outcome!: 'passed' | 'failed';
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(2000) note?: string;
}

export class OfferLocationDto {
  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(300) address!: string;
  @ApiProperty({ example: 'LS1 1AA' }) @IsString() @IsNotEmpty() @MaxLength(10) postcode!: string;
}

export class OfferContactDto {
  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(200) name!: string;
  @ApiPropertyOptional() @IsOptional() @IsEmail() @MaxLength(200) email?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(30) phone?: string;
}

export class ProviderOfferDto {
  @ApiProperty({ enum: KEY_STAGES, isArray: true })
  @IsArray()
  @ArrayMinSize(1)
  @IsIn(KEY_STAGES as unknown as string[], { each: true })
  keyStages!: string[];
  @ApiProperty({ type: [String], example: ['SEMH'] })
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(60, { each: true })
  specialisms!: string[];
  @ApiProperty({ example: 25 }) @IsNumber() @Min(0.5) @Max(40) hoursPerWeek!: number;
  @ApiProperty({ example: 'Monday to Friday, 9am to 3pm' }) @IsString() @IsNotEmpty() @MaxLength(200) hours!: string;
  @ApiProperty({ type: OfferLocationDto }) @ValidateNested() @Type(() => OfferLocationDto) location!: OfferLocationDto;
  @ApiProperty({ type: OfferContactDto }) @ValidateNested() @Type(() => OfferContactDto) contact!: OfferContactDto;
}

export class CommissionPlacesDto {
  @ApiProperty({ example: 12 }) @IsInt() @Min(0) @Max(1000) places!: number;
  @ApiProperty({ example: '2025-09-01' }) @IsIsoDate() from!: string;
}
