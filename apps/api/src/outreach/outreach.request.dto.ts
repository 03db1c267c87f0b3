import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayMinSize,
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
import { OBJECTIVES_MET, SESSION_ATTENDANCE, type ObjectivesMet, type SessionAttendance } from '@ap/domain';
import { IsIsoDate, IsUpn } from '../http/domain-validators';

const TEXT = 4000;

export class RequestOutreachDto {
  @ApiProperty({ example: 'B801200005001' }) @IsUpn() upn!: string;
  @ApiProperty({ example: 'prov-bridges' }) @IsString() @IsNotEmpty() @MaxLength(100) providerId!: string;
  @ApiProperty({ description: 'The pupil’s needs, as the school sees them' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(TEXT)
  needs!: string;
  @ApiProperty({ type: [String], description: 'What the school has tried already' })
  @ArrayMinSize(1)
  @ArrayMaxSize(30)
  @IsString({ each: true })
  @MaxLength(500, { each: true })
  tried!: string[];
  @ApiProperty({ type: [String] })
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(500, { each: true })
  objectives!: string[];
  @ApiPropertyOptional({ description: 'Attendance this year, percent' })
  @IsOptional()
  @IsNumber()
  @Min(0)
  @Max(100)
  attendancePercent?: number;
  @ApiProperty({ example: '2025-11-03' }) @IsIsoDate() requestedOn!: string;
}

export class AcceptOutreachDto {
  @ApiProperty() @IsIsoDate() acceptedOn!: string;
  @ApiPropertyOptional({ description: 'Who leads the outreach' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  lead?: string;
}

export class DeclineOutreachDto {
  @ApiProperty() @IsIsoDate() declinedOn!: string;
  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(TEXT) reason!: string;
}

export class OutreachSessionDto {
  @ApiProperty() @IsIsoDate() date!: string;
  @ApiProperty({ example: 60 }) @IsInt() @Min(1) @Max(480) durationMinutes!: number;
  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(TEXT) focus!: string;
  @ApiProperty({ enum: Object.keys(SESSION_ATTENDANCE) })
  @IsIn(Object.keys(SESSION_ATTENDANCE))
  attendance!: SessionAttendance;
}

export class CloseOutreachDto {
  @ApiProperty() @IsIsoDate() closedOn!: string;
  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(TEXT) summary!: string;
  @ApiProperty({ enum: Object.keys(OBJECTIVES_MET) })
  @IsIn(Object.keys(OBJECTIVES_MET))
  objectivesMet!: ObjectivesMet;
}
