import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

const record = {
  type: 'array' as const,
  items: {
    type: 'object' as const,
    required: ['id', 'version'],
    properties: { id: { type: 'string' }, version: { type: 'integer' } },
    additionalProperties: true,
  },
  description:
    "Each record's state as the caller may see it, with its id and stream version (a referral's or placement's provider also by name, providerName)",
};
const anyObject = { type: 'object' as const, additionalProperties: true };

export class ActorDto {
  @ApiProperty() id!: string;
  @ApiProperty() role!: string;
  @ApiProperty() organisationId!: string;
  @ApiPropertyOptional() name?: string;
  @ApiPropertyOptional({ description: 'The school, provider or LA it acted for, by name, where the directory has it' })
  organisationName?: string;
}

export class HistoryEntryDto {
  @ApiProperty({ description: 'Global position in the log, as text' }) position!: string;
  @ApiProperty({ format: 'date-time' }) recordedAt!: string;
  @ApiProperty() streamId!: string;
  @ApiProperty() streamVersion!: number;
  @ApiProperty() type!: string;
  @ApiProperty({ description: 'What happened, in plain English' }) summary!: string;
  @ApiProperty({ type: ActorDto }) actor!: ActorDto;
  @ApiProperty({ type: String, nullable: true }) correlationId!: string | null;
  @ApiProperty(anyObject) data!: Record<string, unknown>;
}

export class RecordChangeDto {
  @ApiProperty() streamId!: string;
  @ApiProperty({ ...anyObject, nullable: true }) before!: Record<string, unknown> | null;
  @ApiProperty({ ...anyObject, nullable: true }) after!: Record<string, unknown> | null;
}

export class OpenDay6Dto {
  @ApiProperty() periodId!: string;
  @ApiProperty({ enum: ['open', 'breached'] }) status!: string;
  @ApiProperty({ format: 'date' }) day1!: string;
  @ApiProperty({ format: 'date' }) day6!: string;
  @ApiProperty({ enum: ['school', 'la'] }) responsibleKind!: string;
  @ApiProperty() responsibleId!: string;
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'The responsible school or LA by name (null for a school the directory does not name)',
  })
  responsibleName!: string | null;
}

export class OpenOverdueDto {
  @ApiProperty() kind!: string;
  @ApiProperty() subjectId!: string;
  @ApiProperty({ type: String, nullable: true, format: 'date' }) dueBy!: string | null;
}

export class OpenTimelinesDto {
  @ApiProperty({ type: [OpenDay6Dto] }) day6!: OpenDay6Dto[];
  @ApiProperty({ type: [OpenOverdueDto] }) overdue!: OpenOverdueDto[];
}

export class PupilSchoolDto {
  @ApiProperty() urn!: string;
  @ApiProperty({ type: String, nullable: true }) name!: string | null;
}

export class PupilIdentityDto {
  @ApiProperty({ type: String, nullable: true, description: 'As the latest referral the caller may see gives it' })
  name!: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'date' }) dateOfBirth!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'R, or 1 to 14' }) yearGroup!: string | null;
  @ApiProperty({
    type: PupilSchoolDto,
    nullable: true,
    description: 'The school that excluded the pupil last, else the school that referred them',
  })
  school!: PupilSchoolDto | null;
}

export class PupilCaseDto {
  @ApiProperty() upn!: string;
  @ApiProperty({ type: PupilIdentityDto }) pupil!: PupilIdentityDto;
  @ApiProperty(record) exclusions!: object[];
  @ApiProperty(record) referrals!: object[];
  @ApiProperty(record) placements!: object[];
  @ApiProperty(record) inductions!: object[];
  @ApiProperty(record) transitions!: object[];
  @ApiProperty({ type: OpenTimelinesDto }) openTimelines!: OpenTimelinesDto;
}

export class PupilHistoryDto {
  @ApiProperty() upn!: string;
  @ApiPropertyOptional({ type: [String], description: 'The streams read (without asOf)' }) streams?: string[];
  @ApiPropertyOptional({ type: [HistoryEntryDto], description: 'Every event in commit order (without asOf)' })
  events?: HistoryEntryDto[];
  @ApiPropertyOptional({ format: 'date-time' }) asOf?: string;
  @ApiPropertyOptional({
    ...anyObject,
    description: 'With asOf: each stream id to its state and version at that instant',
  })
  records?: Record<string, unknown>;
  @ApiPropertyOptional({
    type: PupilCaseDto,
    description:
      'With asOf: the case as it was then, in the shape of GET /pupils/{upn}/case, its open timelines replayed from the log',
  })
  case?: PupilCaseDto;
  @ApiPropertyOptional({ format: 'date-time' }) compareTo?: string;
  @ApiPropertyOptional({ type: [RecordChangeDto], description: 'With asOf and compareTo: the records that differ' })
  changed?: RecordChangeDto[];
  @ApiPropertyOptional({ type: PupilCaseDto, description: 'With compareTo: the case as it was at compareTo' })
  compareToCase?: PupilCaseDto;
}

export class ChainBreakDto {
  @ApiProperty() streamId!: string;
  @ApiProperty() streamVersion!: number;
  @ApiProperty() eventId!: string;
  @ApiProperty({ enum: ['hash_mismatch', 'missing_event'] }) problem!: string;
}

export class IntegrityVerdictDto {
  @ApiProperty() upn!: string;
  @ApiProperty({ description: 'How many streams were checked, the access logs included' }) streams!: number;
  @ApiProperty() eventsChecked!: number;
  @ApiProperty({ type: [ChainBreakDto], description: 'The first event of each stream that does not match' })
  breaks!: ChainBreakDto[];
  @ApiProperty() intact!: boolean;
}

export class RecordReadDto {
  @ApiProperty() pupil!: string;
  @ApiProperty({ description: 'What was read: the history, the case, an export…' }) what!: string;
  @ApiProperty({ format: 'date-time' }) at!: string;
  @ApiProperty({ type: ActorDto }) actor!: ActorDto;
  @ApiProperty({ type: String, nullable: true }) correlationId!: string | null;
}

export class AccessLogDto {
  @ApiProperty() upn!: string;
  @ApiProperty({ type: [RecordReadDto], description: 'Oldest first (with a limit, the most recent ones)' })
  reads!: RecordReadDto[];
  @ApiProperty({ description: 'How many reads the caller may see in all' }) total!: number;
}

export class PupilRecordDto {
  @ApiProperty() upn!: string;
  @ApiProperty({ format: 'date', description: "Today's date on the engine's clock (the page refuses a later date)" })
  today!: string;
  @ApiProperty({ type: PupilCaseDto }) case!: PupilCaseDto;
  @ApiProperty({ type: PupilHistoryDto }) history!: PupilHistoryDto;
  @ApiProperty({ type: AccessLogDto }) accessLog!: AccessLogDto;
}
