import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsObject,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { IsIsoDate, IsLaCode, IsUrn } from '../http/domain-validators';

export class RegisterSchoolDto {
  @ApiProperty() @IsUrn() urn!: string;
  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(200) name!: string;
  @ApiProperty() @IsLaCode() laCode!: string;
  @ApiPropertyOptional({ description: 'An LA-maintained pupil referral unit: its suspensions are the LA’s day-6 duty' })
  @IsOptional()
  @IsBoolean()
  laMaintainedPru?: boolean;
}

export class RegisterProviderDto {
  @ApiProperty({ example: 'prov-bridges', description: 'Lower-case letters, digits and dashes' })
  @Matches(/^[a-z0-9][a-z0-9-]{2,63}$/)
  providerId!: string;
  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(200) name!: string;
  @ApiProperty() @IsLaCode() laCode!: string;
  @ApiProperty({
    enum: ['school', 'ukprn', 'unregistered'],
    description: 'A registered school (URN), a UKPRN provider, or unregistered',
  })
  @IsIn(['school', 'ukprn', 'unregistered'])
  registration!: 'school' | 'ukprn' | 'unregistered';
  @ApiPropertyOptional() @IsOptional() @IsUrn() urn?: string;
  @ApiPropertyOptional() @IsOptional() @Matches(/^\d{8}$/) ukprn?: string;
}

export class ApprovalChecksDto {
  @ApiProperty() @IsBoolean() safeguarding!: boolean;
  @ApiProperty() @IsBoolean() healthAndSafety!: boolean;
  @ApiProperty() @IsBoolean() teachingAndLearning!: boolean;
}

export class ApproveProviderDto {
  @ApiProperty() @IsIsoDate() approvedOn!: string;
  @ApiProperty({ type: ApprovalChecksDto, description: 'Every check must be true: an approval records all three' })
  @IsObject()
  @ValidateNested()
  @Type(() => ApprovalChecksDto)
  checks!: ApprovalChecksDto;
}

export class TermSpanDto {
  @ApiProperty() @IsIsoDate() start!: string;
  @ApiProperty() @IsIsoDate() end!: string;
}

export class SessionTimesDto {
  @ApiProperty({ example: '08:45' }) @Matches(/^([01]\d|2[0-3]):[0-5]\d$/) morningStarts!: string;
  @ApiProperty({ example: '15:15' }) @Matches(/^([01]\d|2[0-3]):[0-5]\d$/) afternoonEnds!: string;
}

export class CalendarDto {
  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(100) name!: string;
  @ApiProperty({ type: [TermSpanDto], description: 'One span per half term, both ends inclusive' })
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => TermSpanDto)
  terms!: TermSpanDto[];
  @ApiProperty({ type: [String] }) @IsArray() @IsIsoDate({ each: true }) insetDays!: string[];
  @ApiProperty({ type: [String] }) @IsArray() @IsIsoDate({ each: true }) closures!: string[];
  @ApiPropertyOptional({
    type: SessionTimesDto,
    description:
      'When the morning session starts and the afternoon session ends (UK time): reg 6 notices count from them',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => SessionTimesDto)
  sessionTimes?: SessionTimesDto;
}

/** An LA's deadlines in school days (1 to 60); any left out keep the §0 default. */
export class TimelineSettingsDto {
  @ApiPropertyOptional({ example: 3 }) @IsOptional() @IsInt() @Min(1) @Max(60) providerResponse?: number;
  @ApiPropertyOptional({ example: 2 }) @IsOptional() @IsInt() @Min(1) @Max(60) informationRequest?: number;
  @ApiPropertyOptional({ example: 5 }) @IsOptional() @IsInt() @Min(1) @Max(60) inductionMeeting?: number;
  @ApiPropertyOptional({ example: 10 }) @IsOptional() @IsInt() @Min(1) @Max(60) inductionBaseline?: number;
  @ApiPropertyOptional({ example: 15 }) @IsOptional() @IsInt() @Min(1) @Max(60) inductionPlan?: number;
  @ApiPropertyOptional({ example: 30 }) @IsOptional() @IsInt() @Min(1) @Max(60) placementReview?: number;
  @ApiPropertyOptional({ example: 10 }) @IsOptional() @IsInt() @Min(1) @Max(60) partTimeReview?: number;
  @ApiPropertyOptional({ example: 30 }) @IsOptional() @IsInt() @Min(1) @Max(60) partTimeEscalation?: number;
  @ApiPropertyOptional({ example: 30 }) @IsOptional() @IsInt() @Min(1) @Max(60) reintegrationFollowUp?: number;
}

export class NameLaDto {
  @ApiProperty({ example: 'Northshire County Council', maxLength: 120 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(120)
  name!: string;
}
