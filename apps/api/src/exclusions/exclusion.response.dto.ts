import { ApiExtraModels, ApiProperty, ApiPropertyOptional, getSchemaPath } from '@nestjs/swagger';
import { EXCLUSION_REASON_CODES, EXCLUSION_TYPES } from '@ap/domain';

export class ResponsibleBodyDto {
  @ApiProperty({ enum: ['la', 'school'] }) kind!: 'la' | 'school';
  @ApiProperty({ description: 'LA code or school URN' }) organisationId!: string;
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Its name in the directory; an LA without one as "Local authority 201", a school without one null',
  })
  name!: string | null;
}

export class DutyReminderDto {
  @ApiProperty({ enum: [3, 5] }) schoolDay!: 3 | 5;
  @ApiProperty({ format: 'date' }) date!: string;
}

export class FirstNoticeDto {
  @ApiProperty() exclusionId!: string;
  @ApiProperty({ description: 'Reg 6: the end of the afternoon session of the first day excluded' }) dueBy!: string;
}

export class ExclusionSessionTimesDto {
  @ApiProperty({ example: '08:45' }) morningStarts!: string;
  @ApiProperty({ example: '15:15' }) afternoonEnds!: string;
}

/** A day-6 duty as it stands now (derived from the live exclusions and the calendar). */
export class Day6DutyDto {
  @ApiProperty({ description: 'The earliest-recorded exclusion of the run' }) dutyId!: string;
  @ApiProperty() upn!: string;
  @ApiProperty() schoolUrn!: string;
  @ApiProperty() schoolLaCode!: string;
  @ApiProperty({ type: ResponsibleBodyDto }) responsible!: ResponsibleBodyDto;
  @ApiProperty({ description: "Where a breach is escalated: the responsible LA, or the school's LA" })
  escalateTo!: string;
  @ApiProperty({ type: [String] }) exclusionIds!: string[];
  @ApiProperty({ format: 'date', description: 'Day 1 of the run of consecutive excluded school days' }) day1!: string;
  @ApiProperty({ type: [DutyReminderDto] }) reminders!: DutyReminderDto[];
  @ApiProperty({ format: 'date' }) day6!: string;
  @ApiProperty() lookedAfter!: boolean;
  @ApiProperty({ oneOf: [{ type: 'number' }, { type: 'string', enum: ['R'] }] }) yearGroup!: number | 'R';
  @ApiProperty() ehcPlan!: boolean;
  @ApiProperty({ type: FirstNoticeDto }) firstNotice!: FirstNoticeDto;
  @ApiProperty({ type: ExclusionSessionTimesDto }) sessionTimes!: ExclusionSessionTimesDto;
}

/** One exclusion as recorded, with whether it was later cancelled. */
export class ExclusionEntryDto {
  @ApiProperty() exclusionId!: string;
  @ApiProperty() upn!: string;
  @ApiProperty() schoolUrn!: string;
  @ApiProperty() schoolLaCode!: string;
  @ApiProperty({ description: "The pupil's home LA" }) homeLaCode!: string;
  @ApiProperty() laMaintainedPru!: boolean;
  @ApiProperty({ enum: Object.keys(EXCLUSION_TYPES) }) exclusionType!: string;
  @ApiProperty({ format: 'date' }) startDate!: string;
  @ApiProperty() startsPartWay!: boolean;
  @ApiPropertyOptional({ description: 'Sessions (half days); absent for a permanent exclusion' }) sessions?: number;
  @ApiProperty({ enum: Object.keys(EXCLUSION_REASON_CODES), isArray: true }) reasons!: string[];
  @ApiProperty({ oneOf: [{ type: 'number' }, { type: 'string', enum: ['R'] }] }) yearGroup!: number | 'R';
  @ApiPropertyOptional({ format: 'date' }) dateOfBirth?: string;
  @ApiProperty() lookedAfter!: boolean;
  @ApiProperty() ehcPlan!: boolean;
  @ApiProperty() cancelled!: boolean;
  @ApiProperty({ description: 'Recording order' }) seq!: number;
}

export class ParentNoticesDto {
  @ApiPropertyOptional({ description: 'When the first notice was given' }) first?: string;
  @ApiPropertyOptional({ description: 'When the notice of provision was given' }) provision?: string;
}

/** POST /pupils/{upn}/exclusions */
export class RecordedExclusionDto {
  @ApiProperty() exclusionId!: string;
  @ApiProperty({ description: "The new version of the school's records (also the ETag)" }) version!: number;
  @ApiProperty({ type: [Day6DutyDto], description: "The duties the school's records for this pupil give rise to" })
  day6Duties!: Day6DutyDto[];
}

/** GET /pupils/{upn}/exclusions */
@ApiExtraModels(ExclusionEntryDto, ParentNoticesDto)
export class PupilExclusionsDto {
  @ApiProperty({
    type: 'object',
    additionalProperties: { $ref: getSchemaPath(ExclusionEntryDto) },
    description: 'exclusionId -> the exclusion',
  })
  exclusions!: Record<string, ExclusionEntryDto>;
  @ApiProperty({ type: [Day6DutyDto] }) duties!: Day6DutyDto[];
  @ApiProperty({
    type: 'object',
    additionalProperties: { $ref: getSchemaPath(ParentNoticesDto) },
    description: "exclusionId -> the notices recorded in the caller's own records",
  })
  notices!: Record<string, ParentNoticesDto>;
  @ApiProperty({ description: "The version of the caller's own records (also the ETag)" }) version!: number;
}

/** One day-6 clock started by the school's own exclusions (GET /schools/me/day6). */
export class SchoolDay6ClockDto {
  @ApiProperty({ description: 'The earliest-recorded exclusion of the run: the exclusion to open' }) dutyId!: string;
  @ApiProperty() upn!: string;
  @ApiProperty({ type: String, nullable: true, description: "The pupil's name from the school's latest referral" })
  pupilName!: string | null;
  @ApiProperty({ format: 'date' }) day1!: string;
  @ApiProperty({ format: 'date' }) day6!: string;
  @ApiProperty({ enum: ['open', 'breached'] }) status!: 'open' | 'breached';
  @ApiProperty({ type: ResponsibleBodyDto }) responsible!: ResponsibleBodyDto;
  @ApiProperty({ description: 'Looked after: provision expected from day 1' }) lookedAfter!: boolean;
  @ApiProperty({ description: "School days before day 6 on the school's calendar (0 once day 6 has begun)" })
  schoolDaysLeft!: number;
}

export class SchoolDay6ClocksDto {
  @ApiProperty({ type: [SchoolDay6ClockDto] }) items!: SchoolDay6ClockDto[];
  @ApiProperty({ format: 'date', description: "Today on the engine's clock" }) today!: string;
}

/** One of the school's recent exclusions (GET /schools/me/exclusions). */
export class SchoolExclusionDto {
  @ApiProperty({ description: "The exclusion's id: its page is /pupils/{upn}/exclusions" }) exclusionId!: string;
  @ApiProperty() upn!: string;
  @ApiProperty({ type: String, nullable: true, description: "The pupil's name from the school's latest referral" })
  pupilName!: string | null;
  @ApiProperty({ enum: Object.keys(EXCLUSION_TYPES) }) exclusionType!: string;
  @ApiProperty({ format: 'date', description: 'The first day, as the notice gives it' }) startDate!: string;
  @ApiProperty({ description: 'Starts at lunchtime or in the afternoon' }) startsPartWay!: boolean;
  @ApiProperty({ type: Number, nullable: true, description: 'Sessions (half days); none for a permanent exclusion' })
  sessions!: number | null;
  @ApiProperty({
    type: String,
    format: 'date',
    nullable: true,
    description: "The last school day it covers on the school's calendar; none for a permanent exclusion",
  })
  lastDay!: string | null;
}

export class SchoolExclusionsDto {
  @ApiProperty({ type: [SchoolExclusionDto] }) items!: SchoolExclusionDto[];
  @ApiProperty({ format: 'date', description: "Today on the engine's clock" }) today!: string;
  @ApiProperty({
    format: 'date',
    description:
      'Listed: exclusions current or to come, or whose last day (a permanent one: its first) is on or after this',
  })
  since!: string;
}
