import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsISO8601,
  IsBoolean,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsNumber,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import {
  EXCLUSION_REASON_CODES,
  EXCLUSION_TYPES,
  YEAR_GROUPS,
  type ExclusionReasonCode,
  type ExclusionType,
  type YearGroup,
} from '@ap/domain';
import { IsIsoDate, IsLaCode, IsUrn } from '../http/domain-validators';

export class RecordExclusionDto {
  @ApiPropertyOptional({ description: 'The excluding school; a school caller may leave it out' })
  @IsOptional()
  @IsUrn()
  schoolUrn?: string;
  @ApiProperty({ description: "The pupil's home LA" }) @IsLaCode() homeLaCode!: string;
  @ApiProperty({ enum: Object.keys(EXCLUSION_TYPES) })
  @IsIn(Object.keys(EXCLUSION_TYPES))
  exclusionType!: ExclusionType;
  @ApiProperty({ description: 'The date the exclusion takes effect, from the notice' }) @IsIsoDate() startDate!: string;
  @ApiProperty({ description: 'True when it starts part-way through the day (then day 1 is the next school day)' })
  @IsBoolean()
  startsPartWay!: boolean;
  @ApiPropertyOptional({
    minimum: 1,
    maximum: 90,
    description: 'Length of a suspension in sessions (half days), as the census records it',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(90)
  sessions?: number;
  @ApiPropertyOptional({ minimum: 1, maximum: 45, description: 'Or its length in whole school days (2 sessions each)' })
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
  @ApiProperty({ enum: YEAR_GROUPS }) @IsIn(YEAR_GROUPS as unknown[]) yearGroup!: YearGroup;
  @ApiPropertyOptional({ description: 'Needed for a Reception pupil: compulsory school age depends on it' })
  @IsOptional()
  @IsIsoDate()
  dateOfBirth?: string;
  @ApiPropertyOptional({ description: 'A looked-after child: provision is expected from day 1' })
  @IsOptional()
  @IsBoolean()
  lookedAfter?: boolean;
  @ApiPropertyOptional({ description: 'The pupil has an EHC plan (reg 5 exception)' })
  @IsOptional()
  @IsBoolean()
  ehcPlan?: boolean;
}

export class CancelExclusionDto {
  @ApiProperty({ enum: ['cancelled', 'overturned'] }) @IsIn(['cancelled', 'overturned']) outcome!:
    'cancelled' | 'overturned';
  @ApiProperty() @IsIsoDate() decidedOn!: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(2000) note?: string;
}

export class Day6ExceptionDto {
  @ApiPropertyOptional({ description: 'The duty (from GET …/exclusions); the latest the caller holds if left out' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  dutyId?: string;
  @ApiProperty({ enum: ['y11_exams_over', 'ehcp_fewer_hours'] })
  @IsIn(['y11_exams_over', 'ehcp_fewer_hours'])
  exception!: 'y11_exams_over' | 'ehcp_fewer_hours';
  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(2000) note!: string;
  @ApiPropertyOptional() @IsOptional() @IsNumber() @Min(0.5) @Max(40) planHours?: number;
}

export class ParentNoticeDto {
  @ApiProperty({
    enum: ['first', 'provision'],
    description:
      'first: by the end of the afternoon session of the first day excluded; provision: at least 48 hours before it starts',
  })
  @IsIn(['first', 'provision'])
  kind!: 'first' | 'provision';
  @ApiProperty({ description: 'When the written notice was given (ISO-8601 instant)' })
  @IsISO8601({ strict: true })
  givenAt!: string;
  @ApiProperty({ example: 'letter by hand' }) @IsString() @IsNotEmpty() @MaxLength(200) method!: string;
  @ApiPropertyOptional({ description: 'The exclusion it is about; the latest the caller may see if left out' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  exclusionId?: string;
  @ApiPropertyOptional({
    description: 'The first notice gave the details of the day-6 provision (no further notice needed)',
  })
  @IsOptional()
  @IsBoolean()
  provisionDetailsGiven?: boolean;
  @ApiPropertyOptional({ description: 'The parent agreed to waive the 48 hours (provision starting before day 6)' })
  @IsOptional()
  @IsBoolean()
  parentWaived48Hours?: boolean;
}
